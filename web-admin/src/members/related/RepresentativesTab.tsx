import { CreateButton, Datagrid, useRecordContext } from 'react-admin';
import { representativeColumns } from '../../representatives/RepresentativeList';
import type { StaffMember } from '../member';
import { RelatedList } from './RelatedList';

/** The member's representatives; «Добавить представителя» opens the form with this member chosen. */
export function RepresentativesTab() {
  const member = useRecordContext<StaffMember>();
  if (!member) return null;
  return (
    <RelatedList
      reference="representatives"
      empty="sro.members.representatives.empty"
      actions={
        <CreateButton
          resource="representatives"
          label="sro.members.representatives.add"
          state={{ record: { memberId: member.id } }}
        />
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        {representativeColumns(false)}
      </Datagrid>
    </RelatedList>
  );
}
