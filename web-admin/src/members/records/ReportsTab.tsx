import { Chip } from '@mui/material';
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
import { DayField } from '../../shared/fields';
import { REPORT_KINDS, REPORT_STATUSES } from '../member-choices';
import { choicesOf } from '../../shared/choices';
import { RecordsSection, Row, type RecordKind } from './RecordsSection';

const T = 'sro.members.reports';

export const reportKind: RecordKind = {
  resource: 'reports',
  empty: `${T}.empty`,
  addTitle: `${T}.add_title`,
  editTitle: `${T}.edit_title`,
  defaults: { kind: 'annual_odo_notice', status: 'expected', period: new Date().getFullYear() },
  inputs: (
    <>
      <SelectInput
        source="kind"
        label={`${T}.fields.kind`}
        choices={choicesOf(REPORT_KINDS, `${T}.kind`)}
        validate={required()}
      />
      <Row>
        <NumberInput source="period" label={`${T}.fields.period`} validate={required()} />
        <DateInput source="dueAt" label={`${T}.fields.dueAt`} validate={required()} />
      </Row>
      <Row>
        <SelectInput
          source="status"
          label={`${T}.fields.status`}
          choices={choicesOf(REPORT_STATUSES, `${T}.status`)}
          validate={required()}
        />
        <DateInput source="submittedAt" label={`${T}.fields.submittedAt`} />
      </Row>
      <TextInput source="comment" label={`${T}.fields.comment`} multiline minRows={2} />
    </>
  ),
};

const overdue = (record: RaRecord) =>
  record.status === 'expected' && new Date(String(record.dueAt)).getTime() < Date.now();

export function ReportsTab() {
  const translate = useTranslate();
  return (
    <RecordsSection kind={reportKind}>
      <FunctionField
        label={`${T}.fields.kind`}
        render={(record: RaRecord) => translate(`${T}.kind.${record.kind}`)}
      />
      <FunctionField label={`${T}.fields.period`} render={(record: RaRecord) => String(record.period)} />
      <FunctionField
        label={`${T}.fields.dueAt`}
        render={(record: RaRecord) => (
          <>
            <DayField source="dueAt" record={record} />
            {overdue(record) && (
              <>
                <br />
                <Chip size="small" color="error" label={translate(`${T}.overdue`)} />
              </>
            )}
          </>
        )}
      />
      <FunctionField
        label={`${T}.fields.status`}
        render={(record: RaRecord) => translate(`${T}.status.${record.status}`)}
      />
      <DayField source="submittedAt" label={`${T}.fields.submittedAt`} />
      <FunctionField
        label={`${T}.fields.files`}
        textAlign="right"
        render={(record: RaRecord) => (record.files as unknown[]).length}
      />
    </RecordsSection>
  );
}
