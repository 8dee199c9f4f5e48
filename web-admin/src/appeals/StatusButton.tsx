import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { required, SelectInput, TextInput } from 'react-admin';
import { apiFetch } from '../providers/http';
import { ActionDialog } from '../shared/ActionDialog';
import { choicesOf } from '../shared/choices';
import { useFullAppeal } from './staff-appeal';

/** Move the appeal along its statuses with a comment; the answer itself goes through «Ответить». */
export function StatusButton() {
  const record = useFullAppeal();
  if (!record) return null;
  const next = record.nextStatuses.filter((status) => status !== 'answered');
  return (
    <ActionDialog
      label="sro.appeals.actions.status"
      icon={<SwapHorizIcon />}
      title="sro.appeals.actions.status_title"
      done="sro.appeals.actions.status_changed"
      disabled={next.length === 0}
      defaultValues={{ status: next[0] }}
      submit={(values) =>
        apiFetch(`/staff/appeals/${record.id}/status`, {
          method: 'POST',
          body: { status: values.status, comment: values.comment ?? '' },
        })
      }
    >
      <SelectInput
        source="status"
        label="sro.appeals.fields.new_status"
        choices={choicesOf(next, 'sro.appeal_status')}
        validate={required()}
        fullWidth
      />
      <TextInput
        source="comment"
        label="sro.appeals.fields.comment"
        multiline
        minRows={3}
        fullWidth
        autoFocus
      />
    </ActionDialog>
  );
}
