import { Grid, Stack, Typography } from '@mui/material';
import { EmailField, TextField, UrlField, useRecordContext, useTranslate } from 'react-admin';
import { DayField } from '../../shared/fields';
import type { StaffMember } from '../member';
import { MemberStatusChip } from '../MemberStatusChip';
import { InfoCard, Item } from './InfoCard';

const Text = ({ source }: { source: string }) => <TextField source={source} emptyText="—" />;

function StatusHistory() {
  const member = useRecordContext<StaffMember>();
  const translate = useTranslate();
  if (!member) return null;
  return (
    <Stack component="ol" spacing={1} sx={{ pl: 2, m: 0 }}>
      {[...member.statusHistory].reverse().map((entry, index) => (
        <li key={index}>
          <Typography variant="body2">
            <strong>{translate(`sro.members.status.${entry.status}`)}</strong> —{' '}
            <DayField source="since" record={entry} />
          </Typography>
          {entry.reason && (
            <Typography variant="body2" color="text.secondary">
              {entry.reason}
            </Typography>
          )}
        </li>
      ))}
    </Stack>
  );
}

/** The registry card: names, tax ids, registry entry and status, head, addresses, contacts. */
export function CardTab() {
  const member = useRecordContext<StaffMember>();
  const translate = useTranslate();
  if (!member) return null;
  const ogrnLabel = member.kind === 'individual' ? 'sro.members.fields.ogrnip' : 'sro.members.fields.ogrn';
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <InfoCard title="sro.members.sections.organization">
          <Item label="sro.members.fields.fullName">
            <Text source="fullName" />
          </Item>
          <Stack direction="row" spacing={4} flexWrap="wrap" useFlexGap>
            <Item label="sro.members.fields.shortName">
              <Text source="shortName" />
            </Item>
            <Item label="sro.members.fields.kind">
              <Typography variant="body2">{translate(`sro.members.kind.${member.kind}`)}</Typography>
            </Item>
          </Stack>
          <Stack direction="row" spacing={4} flexWrap="wrap" useFlexGap>
            <Item label="sro.members.fields.inn">
              <Text source="inn" />
            </Item>
            <Item label={ogrnLabel}>
              <Text source="ogrn" />
            </Item>
            <Item label="sro.members.fields.kpp">
              <Text source="kpp" />
            </Item>
          </Stack>
        </InfoCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <InfoCard title="sro.members.sections.registry">
          <Stack direction="row" spacing={4} flexWrap="wrap" useFlexGap>
            <Item label="sro.members.fields.registryNumber">
              <Text source="registryNumber" />
            </Item>
            <Item label="sro.members.fields.admissionDate">
              <DayField source="admissionDate" />
            </Item>
          </Stack>
          <Item label="sro.members.fields.status">
            <Stack spacing={0.5} alignItems="flex-start">
              <MemberStatusChip />
              <Typography variant="body2">
                {translate('sro.members.since')} <DayField source="statusSince" />
              </Typography>
            </Stack>
          </Item>
        </InfoCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6, lg: 4 }}>
        <InfoCard title="sro.members.sections.head">
          <Item label="sro.members.fields.head_fullName">
            <Text source="head.fullName" />
          </Item>
          <Item label="sro.members.fields.head_position">
            <Text source="head.position" />
          </Item>
        </InfoCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6, lg: 4 }}>
        <InfoCard title="sro.members.sections.contacts">
          <Item label="sro.members.fields.phone">
            <Text source="contacts.phone" />
          </Item>
          <Item label="sro.members.fields.email">
            <EmailField source="contacts.email" emptyText="—" />
          </Item>
          <Item label="sro.members.fields.website">
            <UrlField source="contacts.website" emptyText="—" target="_blank" rel="noopener noreferrer" />
          </Item>
        </InfoCard>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <InfoCard title="sro.members.sections.status_history">
          <StatusHistory />
        </InfoCard>
      </Grid>
      <Grid size={12}>
        <InfoCard title="sro.members.sections.addresses">
          <Item label="sro.members.fields.legal_address">
            <Text source="addresses.legal" />
          </Item>
          <Item label="sro.members.fields.postal_address">
            <Text source="addresses.postal" />
          </Item>
          <Item label="sro.members.fields.actual_address">
            <Text source="addresses.actual" />
          </Item>
        </InfoCard>
      </Grid>
    </Grid>
  );
}
