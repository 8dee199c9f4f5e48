import { Grid } from '@mui/material';
import {
  DateInput,
  FunctionField,
  NumberInput,
  required,
  SelectInput,
  TextField,
  TextInput,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DayField, MoneyField } from '../../shared/fields';
import type { StaffMember } from '../member';
import { FUNDS } from '../member-choices';
import { choicesOf } from '../../shared/choices';
import { useMemberStanding } from '../standing/use-member-standing';
import { RecordsSection, Row, type RecordKind } from './RecordsSection';
import { Figure, SummaryFigures } from './SummaryFigures';

const T = 'sro.members.contributions';

export const contributionKind: RecordKind = {
  resource: 'fund-contributions',
  empty: `${T}.empty`,
  addTitle: `${T}.add_title`,
  editTitle: `${T}.edit_title`,
  defaults: { fund: 'vv' },
  inputs: (
    <>
      <Row>
        <SelectInput
          source="fund"
          label={`${T}.fields.fund`}
          choices={choicesOf(FUNDS, 'sro.members.fund')}
          validate={required()}
        />
        <NumberInput source="amount" label={`${T}.fields.amount`} validate={required()} />
        <DateInput source="paidAt" label={`${T}.fields.paidAt`} validate={required()} />
      </Row>
      <TextInput source="purpose" label={`${T}.fields.purpose`} />
      <TextInput source="document" label={`${T}.fields.document`} />
    </>
  ),
};

/** What the member paid into each fund against what its level there requires. */
function FundBalances() {
  const member = useRecordContext<StaffMember>();
  const { data } = useMemberStanding(member?.id);
  const translate = useTranslate();
  if (!data) return null;
  return (
    <Grid container columnSpacing={2}>
      {data.funds.map(({ fund, paid, requiredContribution, shortfall }) => (
        <Grid key={fund} size={{ xs: 12, lg: 6 }}>
          <SummaryFigures title={`sro.members.fund_full.${fund}`}>
            <Figure label={`${T}.paid`} money={paid} />
            {requiredContribution !== null && shortfall !== null ? (
              <>
                <Figure label={`${T}.required`} money={requiredContribution} />
                <Figure
                  label={`${T}.shortfall`}
                  money={shortfall}
                  color={shortfall > 0 ? 'error.main' : 'success.main'}
                />
              </>
            ) : (
              <Figure label="sro.members.levels.level" text={translate('sro.members.levels.none')} />
            )}
          </SummaryFigures>
        </Grid>
      ))}
    </Grid>
  );
}

export function ContributionsTab() {
  const translate = useTranslate();
  return (
    <>
      <FundBalances />
      <RecordsSection kind={contributionKind}>
        <DayField source="paidAt" label={`${T}.fields.paidAt`} />
        <FunctionField
          label={`${T}.fields.fund`}
          render={(record: RaRecord) => (
            <span style={{ whiteSpace: 'nowrap' }}>{translate(`sro.members.fund.${record.fund}`)}</span>
          )}
        />
        <MoneyField source="amount" label={`${T}.fields.amount`} textAlign="right" />
        <TextField source="purpose" label={`${T}.fields.purpose`} emptyText="—" />
        <TextField source="document" label={`${T}.fields.document`} emptyText="—" />
      </RecordsSection>
    </>
  );
}
