import { Stack } from '@mui/material';
import { DateInput, NumberInput, required, TextField, TextInput, useRecordContext } from 'react-admin';
import { DayField, MoneyField } from '../../shared/fields';
import type { StaffMember } from '../member';
import { useMemberStanding } from '../standing/use-member-standing';
import { RecordsSection, Row, type RecordKind } from './RecordsSection';
import { Figure, SummaryFigures } from './SummaryFigures';

const T = 'sro.members.dues';

export const accrualKind: RecordKind = {
  resource: 'dues-accruals',
  empty: `${T}.accruals_empty`,
  addTitle: `${T}.accrual_add_title`,
  editTitle: `${T}.accrual_edit_title`,
  inputs: (
    <Row>
      <TextInput
        source="period"
        label={`${T}.fields.period`}
        helperText={`${T}.fields.period_help`}
        validate={required()}
      />
      <NumberInput source="amount" label={`${T}.fields.amount`} validate={required()} />
      <DateInput source="dueDate" label={`${T}.fields.dueDate`} validate={required()} />
    </Row>
  ),
};

export const paymentKind: RecordKind = {
  resource: 'dues-payments',
  empty: `${T}.payments_empty`,
  addTitle: `${T}.payment_add_title`,
  editTitle: `${T}.payment_edit_title`,
  inputs: (
    <>
      <Row>
        <NumberInput source="amount" label={`${T}.fields.amount`} validate={required()} />
        <DateInput source="paidAt" label={`${T}.fields.paidAt`} validate={required()} />
      </Row>
      <TextInput source="document" label={`${T}.fields.document`} />
    </>
  ),
};

/** Accrued, paid, the debt and how long it is overdue, over the member's whole ledger. */
function Debt() {
  const member = useRecordContext<StaffMember>();
  const { data } = useMemberStanding(member?.id);
  if (!data) return null;
  const debt = data.dues;
  return (
    <SummaryFigures>
      <Figure label={`${T}.accrued`} money={debt.accrued} />
      <Figure label={`${T}.paid`} money={debt.paid} />
      {debt.overpayment > 0 ? (
        <Figure label={`${T}.overpayment`} money={debt.overpayment} color="success.main" />
      ) : (
        <Figure label={`${T}.debt`} money={debt.debt} color={debt.debt > 0 ? 'error.main' : 'success.main'} />
      )}
      {debt.overdueAmount > 0 && (
        <>
          <Figure label={`${T}.overdue`} money={debt.overdueAmount} color="error.main" />
          <Figure label={`${T}.days_overdue`} text={String(debt.daysOverdue)} color="error.main" />
        </>
      )}
    </SummaryFigures>
  );
}

export function DuesTab() {
  return (
    <>
      <Debt />
      <Stack spacing={3}>
        <RecordsSection kind={accrualKind} title={`${T}.accruals`}>
          <TextField source="period" label={`${T}.fields.period`} />
          <MoneyField source="amount" label={`${T}.fields.amount`} textAlign="right" />
          <DayField source="dueDate" label={`${T}.fields.dueDate`} />
        </RecordsSection>
        <RecordsSection kind={paymentKind} title={`${T}.payments`}>
          <DayField source="paidAt" label={`${T}.fields.paidAt`} />
          <MoneyField source="amount" label={`${T}.fields.amount`} textAlign="right" />
          <TextField source="document" label={`${T}.fields.document`} emptyText="—" />
        </RecordsSection>
      </Stack>
    </>
  );
}
