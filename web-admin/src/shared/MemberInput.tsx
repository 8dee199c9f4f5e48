import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
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
export const MemberInput = ({ source, label, alwaysOn, validate }: Props) => (
  <ReferenceInput source={source} reference="members" alwaysOn={alwaysOn} sort={BY_NAME}>
    <AutocompleteInput
      label={label}
      optionText={memberText}
      filterToQuery={searchBy}
      validate={validate}
      sx={{ minWidth: 340 }}
    />
  </ReferenceInput>
);

export const MembersInput = ({ source, label }: Props) => (
  <ReferenceArrayInput source={source} reference="members" sort={BY_NAME}>
    <AutocompleteArrayInput label={label} optionText={memberText} filterToQuery={searchBy} fullWidth />
  </ReferenceArrayInput>
);
