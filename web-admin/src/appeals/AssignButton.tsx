import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { required, useGetIdentity } from 'react-admin';
import { apiFetch } from '../providers/http';
import { ActionDialog } from '../shared/ActionDialog';
import { ColleagueInput } from '../shared/ColleagueInput';
import { useFullAppeal } from './staff-appeal';

const CLOSED = ['answered', 'rejected'];

/** Assign the appeal to an expert, the signed-in one offered first. */
export function AssignButton() {
  const record = useFullAppeal();
  const { identity } = useGetIdentity();
  if (!record) return null;
  return (
    <ActionDialog
      label="sro.appeals.actions.assign"
      icon={<PersonAddIcon />}
      title="sro.appeals.actions.assign_title"
      done="sro.appeals.actions.assigned"
      disabled={CLOSED.includes(record.status)}
      defaultValues={{ expertId: record.expert?.id ?? identity?.id }}
      submit={(values) =>
        apiFetch(`/staff/appeals/${record.id}/assign`, {
          method: 'POST',
          body: { expertId: values.expertId },
        })
      }
    >
      <ColleagueInput source="expertId" label="sro.appeals.fields.expert" validate={required()} autoFocus />
    </ActionDialog>
  );
}
