import { Create, FileField, FileInput, required, SimpleForm, TextInput } from 'react-admin';
import { MAX_FILE_BYTES } from '../appeals/AnswerButton';
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
        <FileInput
          source="files"
          label="sro.letters.fields.files"
          multiple
          maxSize={MAX_FILE_BYTES}
          placeholder="sro.files.drop"
        >
          <FileField source="src" title="title" />
        </FileInput>
      </SimpleForm>
    </Create>
  );
}
