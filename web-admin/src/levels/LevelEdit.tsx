import { Edit, FormDataConsumer, NumberInput, required, SimpleForm, TextInput } from 'react-admin';

/** Limits and contributions are roubles; a row saved here counts as checked against the current edition of the Code. */
export const LevelEdit = () => (
  <Edit title="sro.levels.edit" mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TextInput source="title" label="sro.levels.fields.title" validate={required()} fullWidth />
      <FormDataConsumer<{ fund?: string }>>
        {({ formData }) =>
          formData.fund === 'vv' ? (
            <NumberInput
              source="maxContractPrice"
              label="sro.levels.fields.maxContractPrice"
              helperText="sro.levels.no_limit"
            />
          ) : (
            <NumberInput
              source="maxTotalObligations"
              label="sro.levels.fields.maxTotalObligations"
              helperText="sro.levels.no_limit"
            />
          )
        }
      </FormDataConsumer>
      <NumberInput source="contribution" label="sro.levels.fields.contribution" validate={required()} />
    </SimpleForm>
  </Edit>
);
