import EditIcon from '@mui/icons-material/Edit';
import {
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  RecordContextProvider,
  SelectInput,
  required,
  useRecordContext,
} from 'react-admin';
import { apiFetch } from '../../providers/http';
import { ActionDialog } from '../../shared/ActionDialog';
import type { StaffMember } from '../member';
import { OBJECT_KINDS, WORK_KINDS, WORK_RIGHT_STATUSES } from '../member-choices';
import { choicesOf } from '../../shared/choices';

/** Changes the right to perform work as a whole (PUT): works, object categories, state and since when. */
export function WorkRightButton() {
  const member = useRecordContext<StaffMember>();
  if (!member) return null;
  return (
    // the dialog's form starts from the context's record: here the right itself, not the whole card
    <RecordContextProvider value={{ ...member.workRight, id: member.id }}>
      <ActionDialog
        label="sro.members.work_right.edit"
        icon={<EditIcon />}
        title="sro.members.work_right.edit_title"
        done="sro.members.work_right.saved"
        submit={(values) =>
          apiFetch(`/staff/members/${member.id}/work-right`, {
            method: 'PUT',
            body: {
              ...Object.fromEntries(WORK_KINDS.map((kind) => [kind, Boolean(values[kind])])),
              objectKinds: values.objectKinds ?? [],
              status: values.status,
              since: values.since || null,
            },
          })
        }
      >
        {WORK_KINDS.map((kind) => (
          <BooleanInput key={kind} source={kind} label={`sro.members.work_right.work_kind.${kind}`} />
        ))}
        <CheckboxGroupInput
          source="objectKinds"
          label="sro.members.work_right.object_kinds"
          choices={choicesOf(OBJECT_KINDS, 'sro.members.work_right.object_kind')}
          row={false}
        />
        <SelectInput
          source="status"
          label="sro.members.work_right.status"
          choices={choicesOf(WORK_RIGHT_STATUSES, 'sro.members.work_right.status_value')}
          validate={required()}
        />
        <DateInput source="since" label="sro.members.work_right.since" />
      </ActionDialog>
    </RecordContextProvider>
  );
}
