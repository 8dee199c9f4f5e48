import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { DayField } from '../../shared/fields';
import { InfoCard, Item } from '../card/InfoCard';
import type { StaffMember } from '../member';
import { WORK_KINDS } from '../member-choices';

/** The right to perform work: which works, for which objects, and whether it is in force. */
export function WorkRightTab() {
  const member = useRecordContext<StaffMember>();
  const translate = useTranslate();
  if (!member) return null;
  const right = member.workRight;
  const kinds = WORK_KINDS.filter((kind) => right[kind]);
  return (
    <InfoCard title="sro.members.work_right.title">
      <Item label="sro.members.work_right.status">
        <Stack direction="row" spacing={1} alignItems="center">
          <Chip
            size="small"
            color={right.status === 'active' ? 'success' : 'warning'}
            label={translate(`sro.members.work_right.status_value.${right.status}`)}
          />
          {right.since && (
            <Typography variant="body2">
              {translate('sro.members.since')} <DayField source="since" record={right} />
            </Typography>
          )}
        </Stack>
      </Item>
      <Item label="sro.members.work_right.kinds">
        {kinds.length === 0 ? (
          <Typography variant="body2">{translate('sro.members.work_right.no_kinds')}</Typography>
        ) : (
          <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
            {kinds.map((kind) => (
              <Chip
                key={kind}
                size="small"
                variant="outlined"
                label={translate(`sro.members.work_right.work_kind.${kind}`)}
              />
            ))}
          </Stack>
        )}
      </Item>
      <Item label="sro.members.work_right.object_kinds">
        {right.objectKinds.length === 0 ? (
          <Typography variant="body2">{translate('sro.members.work_right.no_objects')}</Typography>
        ) : (
          <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2 }}>
            {right.objectKinds.map((kind) => (
              <Typography key={kind} component="li" variant="body2">
                {translate(`sro.members.work_right.object_kind.${kind}`)}
              </Typography>
            ))}
          </Stack>
        )}
      </Item>
    </InfoCard>
  );
}
