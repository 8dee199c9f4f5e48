import {
  BooleanField,
  Datagrid,
  FunctionField,
  List,
  SelectInput,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { DayField } from '../shared/fields';

export const STAFF_ROLES = ['expert', 'admin'];

const filters = [
  <TextInput key="q" source="q" label="sro.staff_users.filters.q" alwaysOn resettable />,
  <SelectInput
    key="role"
    source="role"
    label="sro.staff_users.fields.role"
    choices={choicesOf(STAFF_ROLES, 'sro.staff_users.roles')}
    alwaysOn
  />,
];

export function StaffUserList() {
  const translate = useTranslate();
  return (
    <List
      title="sro.staff_users.title"
      filters={filters}
      sort={{ field: 'fullName', order: 'ASC' }}
      exporter={false}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="fullName" label="sro.staff_users.fields.fullName" />
        <TextField source="email" label="sro.staff_users.fields.email" />
        <FunctionField<{ role: string }>
          label="sro.staff_users.fields.role"
          render={(record) => translate(`sro.staff_users.roles.${record.role}`)}
        />
        <BooleanField source="active" label="sro.staff_users.fields.active" sortable={false} />
        <DayField
          source="lastSignInAt"
          label="sro.staff_users.fields.lastSignInAt"
          showTime
          sortable={false}
        />
      </Datagrid>
    </List>
  );
}
