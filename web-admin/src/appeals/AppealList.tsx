import {
  AutocompleteInput,
  BooleanInput,
  Datagrid,
  DateInput,
  FunctionField,
  List,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextField,
  TextInput,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { DayField } from '../shared/fields';
import { AppealStatusChip } from './AppealStatusChip';
import { APPEAL_CATEGORIES, APPEAL_STATUSES, OPEN_STATUSES } from './appeal-choices';
import { choicesOf } from '../shared/choices';

const filters = [
  <TextInput key="member" source="member" label="sro.appeals.filters.member" alwaysOn resettable />,
  <SelectArrayInput
    key="status"
    source="status"
    label="sro.appeals.filters.status"
    choices={choicesOf(APPEAL_STATUSES, 'sro.appeal_status')}
    alwaysOn
  />,
  <BooleanInput key="mine" source="mine" label="sro.appeals.filters.mine" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" label="sro.appeals.filters.overdue" alwaysOn />,
  <SelectInput
    key="category"
    source="category"
    label="sro.appeals.filters.category"
    choices={choicesOf(APPEAL_CATEGORIES, 'sro.appeal_category')}
  />,
  <ReferenceInput key="expert" source="assignedExpertId" reference="colleagues">
    <AutocompleteInput label="sro.appeals.filters.expert" optionText="fullName" />
  </ReferenceInput>,
  <DateInput key="from" source="from" label="sro.appeals.filters.from" />,
  <DateInput key="to" source="to" label="sro.appeals.filters.to" />,
  <TextInput key="number" source="number" label="sro.appeals.filters.number" />,
];

interface InboxRow extends RaRecord {
  registrationNumber: string;
  member: { shortName: string; inn: string } | null;
  overdue: boolean;
  status: string;
}

/** The number is a link, so that Tab and Enter walk the inbox without the mouse. */
const NumberLink = () => (
  <FunctionField<InboxRow>
    label="sro.appeals.fields.registrationNumber"
    sortable={false}
    render={(record) => (
      <Link to={`/appeals/${record.id}/show`} onClick={(event) => event.stopPropagation()}>
        {record.registrationNumber}
      </Link>
    )}
  />
);

const rowSx = (record: InboxRow) => ({
  backgroundColor: record.overdue ? 'rgba(211, 47, 47, 0.06)' : undefined,
  fontWeight: record.status === 'submitted' ? 600 : undefined,
});

export function AppealList() {
  const translate = useTranslate();
  return (
    <List
      title="sro.appeals.title"
      filters={filters}
      filterDefaultValues={{ status: OPEN_STATUSES }}
      sort={{ field: 'dueAt', order: 'ASC' }}
      perPage={25}
      exporter={false}
    >
      <Typography variant="caption" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate('sro.appeals.deadline_rule')}
      </Typography>
      <Datagrid rowClick="show" rowSx={rowSx} bulkActionButtons={false}>
        <NumberLink />
        <DayField source="createdAt" label="sro.appeals.fields.createdAt" sortBy="createdAt" />
        <TextField source="categoryTitle" label="sro.appeals.fields.category" sortable={false} />
        <FunctionField<InboxRow>
          label="sro.appeals.fields.member"
          sortable={false}
          render={(record) =>
            record.member
              ? `${record.member.shortName}, ИНН ${record.member.inn}`
              : translate('sro.common.none')
          }
        />
        <FunctionField
          label="sro.appeals.fields.status"
          sortable={false}
          render={() => <AppealStatusChip />}
        />
        <TextField
          source="expert.fullName"
          label="sro.appeals.fields.expert"
          sortable={false}
          emptyText="—"
        />
        <DayField source="dueAt" label="sro.appeals.fields.dueAt" sortBy="dueAt" />
      </Datagrid>
    </List>
  );
}
