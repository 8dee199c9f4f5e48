import {
  CreateButton,
  Datagrid,
  FunctionField,
  TextField,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { DayField } from '../../shared/fields';
import type { StaffMember } from '../member';
import { RelatedList } from './RelatedList';

const T = 'sro.members.letters';

/** The member's correspondence, both ways, newest first; a row opens the letter. */
export function LettersTab() {
  const member = useRecordContext<StaffMember>();
  if (!member) return null;
  return (
    <RelatedList
      reference="letters"
      empty={`${T}.empty`}
      actions={
        <CreateButton
          resource="letters"
          label={`${T}.new`}
          state={{ record: { recipientMode: 'one', memberId: member.id } }}
        />
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="registrationNumber" label={`${T}.fields.registrationNumber`} sortable={false} />
        <DayField source="createdAt" label={`${T}.fields.createdAt`} sortable={false} />
        <TextField source="directionLabel" label={`${T}.fields.direction`} sortable={false} />
        <FunctionField
          label={`${T}.fields.subject`}
          sortable={false}
          render={(letter: RaRecord) => (
            <span style={{ fontWeight: letter.status === 'sent' ? 600 : undefined }}>
              {String(letter.subject)}
            </span>
          )}
        />
        <TextField source="statusLabel" label={`${T}.fields.status`} sortable={false} />
        <TextField source="expert.fullName" label={`${T}.fields.expert`} sortable={false} emptyText="—" />
        <TextField source="attachmentsCount" label={`${T}.fields.files`} sortable={false} textAlign="right" />
      </Datagrid>
    </RelatedList>
  );
}
