import { Chip } from '@mui/material';
import {
  DateInput,
  FunctionField,
  NumberInput,
  required,
  SelectInput,
  TextField,
  TextInput,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DayField, MoneyField } from '../../shared/fields';
import { INSURANCE_KINDS } from '../member-choices';
import { choicesOf } from '../../shared/choices';
import { RecordsSection, Row, type RecordKind } from './RecordsSection';

const T = 'sro.members.insurance';
const DAY_MS = 86_400_000;
/** A policy ending within this many days is marked as expiring, as the cabinet reminds about it. */
const EXPIRING_DAYS = 30;

export const insuranceKind: RecordKind = {
  resource: 'insurance-contracts',
  empty: `${T}.empty`,
  addTitle: `${T}.add_title`,
  editTitle: `${T}.edit_title`,
  defaults: { kind: 'civil_liability' },
  inputs: (
    <>
      <Row>
        <TextInput source="insurer" label={`${T}.fields.insurer`} validate={required()} />
        <TextInput source="policyNumber" label={`${T}.fields.policyNumber`} validate={required()} />
      </Row>
      <SelectInput
        source="kind"
        label={`${T}.fields.kind`}
        choices={choicesOf(INSURANCE_KINDS, `${T}.kind`)}
        validate={required()}
      />
      <Row>
        <NumberInput
          source="sumInsured"
          label={`${T}.fields.sumInsured`}

          validate={required()}
        />
        <DateInput source="validFrom" label={`${T}.fields.validFrom`} validate={required()} />
        <DateInput source="validTo" label={`${T}.fields.validTo`} validate={required()} />
      </Row>
    </>
  ),
};

function Expiry({ record }: { record: RaRecord }) {
  const translate = useTranslate();
  const days = Math.ceil((new Date(String(record.validTo)).getTime() - Date.now()) / DAY_MS);
  if (days < 0) return <Chip size="small" label={translate(`${T}.expired`)} />;
  if (days > EXPIRING_DAYS) return null;
  return <Chip size="small" color="warning" label={translate(`${T}.expiring`, { smart_count: days })} />;
}

export function InsuranceTab() {
  const translate = useTranslate();
  return (
    <RecordsSection kind={insuranceKind}>
      <TextField source="insurer" label={`${T}.fields.insurer`} />
      <TextField source="policyNumber" label={`${T}.fields.policyNumber`} />
      <FunctionField
        label={`${T}.fields.kind`}
        render={(record: RaRecord) => translate(`${T}.kind.${record.kind}`)}
      />
      <MoneyField source="sumInsured" label={`${T}.fields.sumInsured`} textAlign="right" />
      <FunctionField
        label={`${T}.fields.period`}
        render={(record: RaRecord) => (
          <>
            <span style={{ whiteSpace: 'nowrap' }}>
              <DayField source="validFrom" record={record} /> – <DayField source="validTo" record={record} />
            </span>{' '}
            <Expiry record={record} />
          </>
        )}
      />
    </RecordsSection>
  );
}
