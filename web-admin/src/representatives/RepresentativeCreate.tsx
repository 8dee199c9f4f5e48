import {
  Create,
  DateInput,
  required,
  SimpleForm,
  TextInput,
  useNotify,
  useRedirect,
  type RaRecord,
} from 'react-admin';
import { forCreate } from '../shared/form-values';
import { MemberInput } from '../shared/MemberInput';

const F = 'sro.representatives.fields';
const H = 'sro.representatives.help';

/** A representative named in the member's application; the API e-mails them an activation link at once. */
export function RepresentativeCreate() {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      title="sro.representatives.create_title"
      transform={(values: RaRecord) => forCreate(values)}
      mutationOptions={{
        onSuccess: (representative: RaRecord) => {
          notify('sro.representatives.created', {
            type: 'success',
            messageArgs: { email: representative.email },
            autoHideDuration: 8000,
          });
          redirect('show', 'representatives', representative.id);
        },
      }}
    >
      <SimpleForm sx={{ maxWidth: 640 }}>
        <MemberInput source="memberId" label={`${F}.member`} validate={required()} />
        <TextInput source="fullName" label={`${F}.fullName`} validate={required()} fullWidth />
        <TextInput
          source="email"
          label={`${F}.email`}
          helperText={`${H}.email`}
          validate={required()}
          fullWidth
        />
        <TextInput source="phone" label={`${F}.phone`} helperText={`${H}.phone`} fullWidth />
        <DateInput
          source="authorityExpiresAt"
          label={`${F}.authorityExpiresAt`}
          helperText={`${H}.authority`}
        />
      </SimpleForm>
    </Create>
  );
}
