import { Alert, Grid, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { MoneyField } from '../../shared/fields';
import { InfoCard, Item } from '../card/InfoCard';
import type { StaffMember } from '../member';
import { FUNDS, type Fund } from '../member-choices';
import { useLevelTable } from './use-level-table';

const CAP: Record<Fund, { field: 'maxContractPrice' | 'maxTotalObligations'; label: string }> = {
  vv: { field: 'maxContractPrice', label: 'sro.members.levels.max_contract_price' },
  odo: { field: 'maxTotalObligations', label: 'sro.members.levels.max_total_obligations' },
};

function FundLevel({ fund }: { fund: Fund }) {
  const member = useRecordContext<StaffMember>();
  const translate = useTranslate();
  const { rowOf } = useLevelTable();
  if (!member) return null;
  const level = member.levels[fund];
  const row = rowOf(fund, level);
  const cap = row?.[CAP[fund].field];
  return (
    <InfoCard title={`sro.members.fund_full.${fund}`}>
      <Item label="sro.members.levels.level">
        <Typography variant="body1">
          {level === null ? translate('sro.members.levels.none') : (row?.title ?? String(level))}
        </Typography>
      </Item>
      {row && (
        <>
          <Item label={CAP[fund].label}>
            {cap === null || cap === undefined ? (
              <Typography variant="body2">{translate('sro.members.levels.unlimited')}</Typography>
            ) : (
              <MoneyField source={CAP[fund].field} record={row} />
            )}
          </Item>
          <Item label="sro.members.levels.contribution">
            <MoneyField source="contribution" record={row} />
          </Item>
          {row.needsReview && <Alert severity="info">{translate('sro.members.levels.needs_review')}</Alert>}
        </>
      )}
    </InfoCard>
  );
}

/** The member's responsibility levels in both compensation funds, with what each level allows and requires. */
export function LevelsTab() {
  return (
    <Grid container spacing={2}>
      {FUNDS.map((fund) => (
        <Grid key={fund} size={{ xs: 12, md: 6 }}>
          <FundLevel fund={fund} />
        </Grid>
      ))}
    </Grid>
  );
}
