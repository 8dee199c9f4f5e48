import {
  BooleanInput,
  Create,
  Edit,
  email,
  PasswordInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { choicesOf } from '../shared/choices';
import { STAFF_ROLES } from './StaffUserList';

const roleInput = (
  <SelectInput
    source="role"
    label="sro.staff_users.fields.role"
    choices={choicesOf(STAFF_ROLES, 'sro.staff_users.roles')}
    validate={required()}
  />
);

export const StaffUserCreate = () => (
  <Create title="sro.staff_users.create" redirect="list">
    <SimpleForm defaultValues={{ role: 'expert' }}>
      <TextInput source="fullName" label="sro.staff_users.fields.fullName" validate={required()} fullWidth />
      <TextInput
        source="email"
        label="sro.staff_users.fields.email"
        type="email"
        validate={[required(), email()]}
        fullWidth
      />
      {roleInput}
      <PasswordInput
        source="password"
        label="sro.staff_users.fields.password"
        helperText="sro.staff_users.password_help"
        validate={required()}
        autoComplete="new-password"
      />
    </SimpleForm>
  </Create>
);

/** Turning an account off ends its sessions at once. */
export const StaffUserEdit = () => (
  <Edit title="sro.staff_users.edit" mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TextInput source="fullName" label="sro.staff_users.fields.fullName" validate={required()} fullWidth />
      <TextInput source="email" label="sro.staff_users.fields.email" disabled fullWidth />
      {roleInput}
      <BooleanInput
        source="active"
        label="sro.staff_users.fields.active"
        helperText="sro.staff_users.active_help"
      />
    </SimpleForm>
  </Edit>
);
