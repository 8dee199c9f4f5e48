import { AutocompleteInput, ReferenceInput, useTranslate, type Validator } from 'react-admin';

interface Props {
  source: string;
  label: string;
  alwaysOn?: boolean;
  validate?: Validator;
  autoFocus?: boolean;
}

/** An active staff member picked by name; the label sits on the reference too, for the «add filter» menu. */
export function ColleagueInput({ source, label, alwaysOn, validate, autoFocus }: Props) {
  const translate = useTranslate();
  return (
    <ReferenceInput source={source} reference="colleagues" alwaysOn={alwaysOn} label={label}>
      <AutocompleteInput
        label={label}
        optionText="fullName"
        validate={validate}
        autoFocus={autoFocus}
        noOptionsText={translate('ra.navigation.no_results')}
        fullWidth={autoFocus}
      />
    </ReferenceInput>
  );
}
