import { Datagrid, FunctionField, TextField } from 'react-admin';
import { AppealStatusChip } from '../../appeals/AppealStatusChip';
import { DayField } from '../../shared/fields';
import { RelatedList } from './RelatedList';

const A = 'sro.appeals.fields';

/** The member's appeals, every status, newest first; a row opens the appeal in the inbox. */
export function AppealsTab() {
  return (
    <RelatedList
      reference="appeals"
      empty="sro.members.appeals.empty"
      sort={{ field: 'createdAt', order: 'DESC' }}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="registrationNumber" label={`${A}.registrationNumber`} sortable={false} />
        <DayField source="createdAt" label={`${A}.createdAt`} sortable={false} />
        <TextField source="categoryTitle" label={`${A}.category`} sortable={false} />
        <FunctionField label={`${A}.status`} sortable={false} render={() => <AppealStatusChip />} />
        <TextField source="expert.fullName" label={`${A}.expert`} sortable={false} emptyText="—" />
        <DayField source="dueAt" label={`${A}.dueAt`} sortable={false} />
      </Datagrid>
    </RelatedList>
  );
}
