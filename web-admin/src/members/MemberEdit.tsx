import {
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useNotify,
  useRedirect,
  WithRecord,
  type RaRecord,
} from 'react-admin';
import { forUpdate } from '../shared/form-values';
import type { StaffMember } from './member';
import { MemberFields } from './MemberFields';

/** A member leaves the registry by exclusion, never by deletion: the form only saves. */
const SaveOnly = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/**
 * Correcting the registry card (administrators). Pessimistic, so that the API's field errors (a wrong INN check digit,
 * a taken registry number) land on the fields instead of a card that only looks saved.
 */
export function MemberEdit() {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Edit
      mutationMode="pessimistic"
      transform={(values: RaRecord) => forUpdate(values)}
      mutationOptions={{
        onSuccess: (member: RaRecord) => {
          notify('sro.members.saved', { type: 'success' });
          redirect('show', 'members', member.id);
        },
      }}
      title={<WithRecord<StaffMember> render={(record) => <span>{record.shortName}</span>} />}
    >
      <SimpleForm toolbar={<SaveOnly />}>
        <MemberFields />
      </SimpleForm>
    </Edit>
  );
}
