import { Create, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choicesOf } from '../shared/choices';
import { RecipientsInput, recipientsOf } from '../letters/RecipientsInput';

export function NotificationCreate() {
  return (
    <Create title="sro.notifications.create" transform={recipientsOf} redirect="list">
      <SimpleForm defaultValues={{ recipientMode: 'all', kind: 'general' }}>
        <RecipientsInput modes={['one', 'several', 'all']} />
        <SelectInput
          source="kind"
          label="sro.notifications.fields.kind"
          choices={choicesOf(['general', 'maintenance'], 'sro.notifications.kinds')}
          validate={required()}
        />
        <TextInput source="title" label="sro.notifications.fields.title" validate={required()} fullWidth />
        <TextInput
          source="text"
          label="sro.notifications.fields.text"
          validate={required()}
          multiline
          minRows={4}
          fullWidth
        />
      </SimpleForm>
    </Create>
  );
}
