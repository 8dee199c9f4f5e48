import { Create, required, SimpleForm, TextInput } from 'react-admin';
import { FilesInput } from '../shared/FilesInput';
import { RecipientsInput, recipientsOf } from './RecipientsInput';

export function LetterCreate() {
  return (
    <Create title="sro.letters.create" transform={recipientsOf} redirect="list">
      <SimpleForm defaultValues={{ recipientMode: 'one' }}>
        <RecipientsInput />
        <TextInput source="subject" label="sro.letters.fields.subject" validate={required()} fullWidth />
        <TextInput
          source="text"
          label="sro.letters.fields.text"
          validate={required()}
          multiline
          minRows={6}
          fullWidth
        />
        <FilesInput source="files" label="sro.letters.fields.files" />
      </SimpleForm>
    </Create>
  );
}
