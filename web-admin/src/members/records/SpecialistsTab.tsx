import { DateInput, required, TextField, TextInput } from 'react-admin';
import { DayField } from '../../shared/fields';
import { RecordsSection, Row, type RecordKind } from './RecordsSection';

const T = 'sro.members.specialists';

export const specialistKind: RecordKind = {
  resource: 'specialists',
  empty: `${T}.empty`,
  addTitle: `${T}.add_title`,
  editTitle: `${T}.edit_title`,
  inputs: (
    <>
      <TextInput source="fullName" label={`${T}.fields.fullName`} validate={required()} />
      <Row>
        <TextInput source="nrsNumber" label={`${T}.fields.nrsNumber`} validate={required()} />
        <DateInput source="includedAt" label={`${T}.fields.includedAt`} />
      </Row>
      <TextInput source="position" label={`${T}.fields.position`} />
    </>
  ),
};

export function SpecialistsTab() {
  return (
    <RecordsSection kind={specialistKind}>
      <TextField source="fullName" label={`${T}.fields.fullName`} />
      <TextField source="nrsNumber" label={`${T}.fields.nrsNumber`} />
      <TextField source="position" label={`${T}.fields.position`} emptyText="—" />
      <DayField source="includedAt" label={`${T}.fields.includedAt`} />
    </RecordsSection>
  );
}
