import { AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput } from 'react-admin';

interface Member {
  shortName: string;
  inn: string;
}

const memberText = (member: Member | undefined) => (member ? `${member.shortName}, ИНН ${member.inn}` : '');
/** The registry's own search (name, INN or registry number) finds the member as staff type. */
const BY_NAME = { field: 'shortName', order: 'ASC' } as const;
const searchBy = (q: string) => (q ? { q } : {});

export const MemberInput = ({
  source,
  label,
  alwaysOn,
}: {
  source: string;
  label: string;
  alwaysOn?: boolean;
}) => (
  <ReferenceInput source={source} reference="members" alwaysOn={alwaysOn} sort={BY_NAME}>
    <AutocompleteInput
      label={label}
      optionText={memberText}
      filterToQuery={searchBy}
      sx={{ minWidth: 320 }}
    />
  </ReferenceInput>
);

export const MembersInput = ({ source, label }: { source: string; label: string }) => (
  <ReferenceArrayInput source={source} reference="members" sort={BY_NAME}>
    <AutocompleteArrayInput label={label} optionText={memberText} filterToQuery={searchBy} fullWidth />
  </ReferenceArrayInput>
);
