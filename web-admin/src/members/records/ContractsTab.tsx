import { Typography } from '@mui/material';
import {
  DateInput,
  FunctionField,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DayField, MoneyField } from '../../shared/fields';
import { CONTRACT_STATUSES, PROCUREMENT_KINDS } from '../member-choices';
import { choicesOf } from '../../shared/choices';
import { OdoUsageCard } from './OdoUsageCard';
import { RecordsSection, Row, type RecordKind } from './RecordsSection';

const T = 'sro.members.contracts';

export const contractKind: RecordKind = {
  resource: 'contracts',
  empty: `${T}.empty`,
  addTitle: `${T}.add_title`,
  editTitle: `${T}.edit_title`,
  defaults: { procurement: '44-FZ', status: 'in_force' },
  inputs: (
    <>
      <Row>
        <TextInput source="number" label={`${T}.fields.number`} validate={required()} />
        <DateInput source="date" label={`${T}.fields.date`} validate={required()} />
      </Row>
      <Row>
        <TextInput source="customer.name" label={`${T}.fields.customer_name`} validate={required()} />
        <TextInput source="customer.inn" label={`${T}.fields.customer_inn`} />
      </Row>
      <TextInput source="subject" label={`${T}.fields.subject`} validate={required()} multiline />
      <Row>
        <SelectInput
          source="procurement"
          label={`${T}.fields.procurement`}
          choices={choicesOf(PROCUREMENT_KINDS, `${T}.procurement`)}
          validate={required()}
        />
        <NumberInput source="price" label={`${T}.fields.price`} validate={required()} />
      </Row>
      <Row>
        <SelectInput
          source="status"
          label={`${T}.fields.status`}
          choices={choicesOf(CONTRACT_STATUSES, `${T}.status`)}
          validate={required()}
        />
        <DateInput source="completedAt" label={`${T}.fields.completedAt`} />
        <NumberInput source="actualCompletedAmount" label={`${T}.fields.actualCompletedAmount`} />
      </Row>
    </>
  ),
};

export function ContractsTab() {
  const translate = useTranslate();
  return (
    <>
      <OdoUsageCard />
      <RecordsSection kind={contractKind}>
        <FunctionField
          label={`${T}.fields.number`}
          render={(record: RaRecord) => (
            <>
              {String(record.number)}
              <br />
              <DayField source="date" record={record} />
            </>
          )}
        />
        <FunctionField
          label={`${T}.fields.customer_subject`}
          render={(record: RaRecord) => (
            <>
              {String((record.customer as { name: string }).name)}
              <Typography variant="caption" color="text.secondary" component="div">
                {String(record.subject)}
              </Typography>
            </>
          )}
        />
        <MoneyField source="price" label={`${T}.fields.price`} textAlign="right" />
        <FunctionField
          label={`${T}.fields.status`}
          render={(record: RaRecord) => (
            <>
              {translate(`${T}.status.${record.status}`)}
              {record.completedAt && (
                <>
                  <br />
                  <DayField source="completedAt" record={record} />
                </>
              )}
            </>
          )}
        />
      </RecordsSection>
    </>
  );
}
