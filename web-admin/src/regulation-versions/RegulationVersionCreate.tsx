import { Create, DateInput, required, SimpleForm, TextInput } from 'react-admin';

/** A new edition becomes the one representatives accept from its date on (regulation §2.2). */
export const RegulationVersionCreate = () => (
  <Create title="sro.regulation.create" redirect="list">
    <SimpleForm>
      <TextInput
        source="version"
        label="sro.regulation.fields.version"
        helperText="sro.regulation.version_help"
        validate={required()}
      />
      <TextInput source="title" label="sro.regulation.fields.title" validate={required()} fullWidth />
      <DateInput source="effectiveFrom" label="sro.regulation.fields.effectiveFrom" validate={required()} />
      <TextInput source="url" label="sro.regulation.fields.url" type="url" fullWidth />
      <TextInput
        source="text"
        label="sro.regulation.fields.text"
        helperText="sro.regulation.text_help"
        multiline
        minRows={8}
        fullWidth
      />
    </SimpleForm>
  </Create>
);
