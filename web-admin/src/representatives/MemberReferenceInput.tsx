import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';

interface MemberOption {
  shortName: string;
  inn: string;
}

const memberText = (member?: MemberOption) => (member ? `${member.shortName}, ИНН ${member.inn}` : '');
/** The registry's own search: part of the name, the INN or the registry number. */
const searchBy = (q: string) => (q ? { q } : {});

/** A member picked from the registry by typing its name, INN or registry number. */
export const MemberReferenceInput = ({
  source,
  label,
  validate,
  alwaysOn,
}: {
  source: string;
  label: string;
  validate?: Validator;
  alwaysOn?: boolean;
}) => (
  <ReferenceInput
    source={source}
    reference="members"
    sort={{ field: 'shortName', order: 'ASC' }}
    alwaysOn={alwaysOn}
  >
    <AutocompleteInput
      label={label}
      optionText={memberText}
      filterToQuery={searchBy}
      validate={validate}
      sx={{ minWidth: 340 }}
    />
  </ReferenceInput>
);
