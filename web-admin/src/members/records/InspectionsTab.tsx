import { Typography } from '@mui/material';
import {
  ArrayInput,
  DateInput,
  FunctionField,
  required,
  SelectInput,
  SimpleFormIterator,
  TextField,
  TextInput,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { DayField } from '../../shared/fields';
import { INSPECTION_KINDS, INSPECTION_STATUSES } from '../member-choices';
import { choicesOf } from '../../shared/choices';
import { RecordsSection, Row, type RecordKind } from './RecordsSection';

const T = 'sro.members.inspections';

const lines = (text: unknown) =>
  String(text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const inputs = (
  <>
    <Row>
      <SelectInput
        source="kind"
        label={`${T}.fields.kind`}
        choices={choicesOf(INSPECTION_KINDS, `${T}.kind`)}
        validate={required()}
      />
      <SelectInput
        source="status"
        label={`${T}.fields.status`}
        choices={choicesOf(INSPECTION_STATUSES, `${T}.status`)}
        validate={required()}
      />
    </Row>
    <TextInput source="subject" label={`${T}.fields.subject`} validate={required()} multiline />
    <Row>
      <DateInput source="periodFrom" label={`${T}.fields.periodFrom`} validate={required()} />
      <DateInput source="periodTo" label={`${T}.fields.periodTo`} validate={required()} />
      <TextInput source="actNumber" label={`${T}.fields.actNumber`} />
    </Row>
    <TextInput source="result" label={`${T}.fields.result`} multiline minRows={2} />
    <ArrayInput source="violations" label={`${T}.fields.violations`}>
      <SimpleFormIterator inline disableReordering>
        <TextInput
          source="description"
          label={`${T}.fields.violation`}
          validate={required()}
          multiline
          sx={{ minWidth: 320 }}
        />
        <DateInput source="fixedAt" label={`${T}.fields.fixedAt`} />
      </SimpleFormIterator>
    </ArrayInput>
    <TextInput source="measures" label={`${T}.fields.measures`} multiline minRows={2} />
  </>
);

export const inspectionKind: RecordKind = {
  resource: 'inspections',
  empty: `${T}.empty`,
  addTitle: `${T}.add_title`,
  editTitle: `${T}.edit_title`,
  inputs,
  defaults: { kind: 'planned', status: 'scheduled', violations: [], measures: '' },
  // measures are a list in the API and lines of one text box in the dialog
  prepare: (values: FieldValues) => ({ ...values, measures: lines(values.measures) }),
  edit: (record: RaRecord) => ({ ...record, measures: (record.measures as string[]).join('\n') }),
};

export function InspectionsTab() {
  const translate = useTranslate();
  return (
    <RecordsSection kind={inspectionKind} sx={{ '& .column-subject': { minWidth: 240 } }}>
      <FunctionField
        label={`${T}.fields.kind_status`}
        render={(record: RaRecord) => (
          <>
            {translate(`${T}.kind.${record.kind}`)}
            <Typography variant="caption" color="text.secondary" component="div">
              {translate(`${T}.status.${record.status}`)}
            </Typography>
          </>
        )}
      />
      <TextField source="subject" label={`${T}.fields.subject`} />
      <FunctionField
        label={`${T}.fields.period`}
        render={(record: RaRecord) => (
          <span style={{ whiteSpace: 'nowrap' }}>
            <DayField source="periodFrom" record={record} /> –
            <br />
            <DayField source="periodTo" record={record} />
          </span>
        )}
      />
      <TextField source="actNumber" label={`${T}.fields.actNumber`} emptyText="—" />
      <FunctionField
        label={`${T}.fields.violations_count`}
        textAlign="right"
        render={(record: RaRecord) => (record.violations as unknown[]).length}
      />
    </RecordsSection>
  );
}
