import ReplyIcon from '@mui/icons-material/Reply';
import { required, TextInput } from 'react-admin';
import { apiFetch } from '../providers/http';
import { ActionDialog } from '../shared/ActionDialog';
import { FilesInput } from '../shared/FilesInput';
import { formDataOf } from '../shared/form-data';
import { useFullAppeal } from './staff-appeal';

/** Answer with a letter and files: the member finds it among incoming letters and gets a push. */
export function AnswerButton() {
  const record = useFullAppeal();
  if (!record) return null;
  return (
    <ActionDialog
      label="sro.appeals.actions.answer"
      icon={<ReplyIcon />}
      title="sro.appeals.actions.answer_title"
      done="sro.appeals.actions.answered"
      saveLabel="sro.appeals.actions.send"
      disabled={!record.nextStatuses.includes('answered')}
      submit={(values) =>
        apiFetch(`/staff/appeals/${record.id}/answer`, { method: 'POST', body: formDataOf(values) })
      }
    >
      <TextInput
        source="text"
        label="sro.appeals.fields.answer_text"
        multiline
        minRows={6}
        fullWidth
        autoFocus
        validate={required()}
      />
      <FilesInput source="files" label="sro.appeals.fields.answer_files" />
    </ActionDialog>
  );
}
