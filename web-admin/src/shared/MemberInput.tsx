import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  useTranslate,
  type Validator,
} from 'react-admin';

interface Member {
  shortName: string;
  inn: string;
}

const memberText = (member: Member | undefined) => (member ? `${member.shortName}, ИНН ${member.inn}` : '');
const BY_NAME = { field: 'shortName', order: 'ASC' } as const;
/** The registry's own search: part of the name, the INN or the registry number. */
const searchBy = (q: string) => (q ? { q } : {});

interface Props {
  source: string;
  label: string;
  alwaysOn?: boolean;
  validate?: Validator;
}

/** A member picked from the registry by typing its name, INN or registry number. */
export function MemberInput({ source, label, alwaysOn, validate }: Props) {
  const translate = useTranslate();
  return (
    <ReferenceInput source={source} reference="members" alwaysOn={alwaysOn} sort={BY_NAME} label={label}>
      <AutocompleteInput
        label={label}
        optionText={memberText}
        filterToQuery={searchBy}
        validate={validate}
        noOptionsText={translate('ra.navigation.no_results')}
        sx={{ minWidth: 340 }}
      />
    </ReferenceInput>
  );
}

export function MembersInput({ source, label }: Props) {
  const translate = useTranslate();
  return (
    <ReferenceArrayInput source={source} reference="members" sort={BY_NAME}>
      <AutocompleteArrayInput
        label={label}
        optionText={memberText}
        filterToQuery={searchBy}
        noOptionsText={translate('ra.navigation.no_results')}
        fullWidth
      />
    </ReferenceArrayInput>
  );
}
