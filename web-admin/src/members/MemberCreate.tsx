import { Create, SimpleForm, useNotify, useRedirect, type RaRecord } from 'react-admin';
import { forCreate } from '../shared/form-values';
import { MemberFields } from './MemberFields';

/** Entering a member into the registry (administrators); the API's field errors land on the fields. */
export function MemberCreate() {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      title="sro.members.create_title"
      transform={(values: RaRecord) => forCreate(values)}
      mutationOptions={{
        onSuccess: (member: RaRecord) => {
          notify('sro.members.created', { type: 'success' });
          redirect('show', 'members', member.id);
        },
      }}
    >
      <SimpleForm defaultValues={{ kind: 'legal' }}>
        <MemberFields />
      </SimpleForm>
    </Create>
  );
}
