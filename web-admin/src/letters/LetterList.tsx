import {
  BooleanInput,
  Datagrid,
  DateInput,
  FunctionField,
  List,
  NumberField,
  SelectInput,
  TextField,
} from 'react-admin';
import { DayField } from '../shared/fields';
import { MemberInput } from '../shared/MemberInput';
import { choicesOf } from '../shared/choices';

export const LETTER_STATUSES = ['sent', 'registered', 'read', 'answered'];

const filters = [
  <MemberInput key="member" source="memberId" label="sro.letters.fields.member" alwaysOn />,
  <SelectInput
    key="direction"
    source="direction"
    label="sro.letters.fields.direction"
    choices={choicesOf(['incoming', 'outgoing'], 'sro.letters.directions')}
    alwaysOn
  />,
  <SelectInput
    key="status"
    source="status"
    label="sro.letters.fields.status"
    choices={choicesOf(LETTER_STATUSES, 'sro.letters.statuses')}
  />,
  <BooleanInput key="unread" source="unread" label="sro.letters.filters.unread" />,
  <DateInput key="from" source="from" label="sro.letters.filters.from" />,
  <DateInput key="to" source="to" label="sro.letters.filters.to" />,
];

interface LetterRow {
  member: { shortName: string; inn: string } | null;
}

export function LetterList() {
  return (
    <List title="sro.letters.title" filters={filters} perPage={25} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField
          source="registrationNumber"
          label="sro.letters.fields.registrationNumber"
          sortable={false}
        />
        <DayField source="createdAt" label="sro.letters.fields.createdAt" sortable={false} />
        <TextField source="directionLabel" label="sro.letters.fields.direction" sortable={false} />
        <TextField source="subject" label="sro.letters.fields.subject" sortable={false} />
        <FunctionField<LetterRow>
          label="sro.letters.fields.member"
          render={(record) => record.member?.shortName ?? '—'}
        />
        <TextField source="statusLabel" label="sro.letters.fields.status" sortable={false} />
        <NumberField source="attachmentsCount" label="sro.letters.fields.files" sortable={false} />
      </Datagrid>
    </List>
  );
}
