import { Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { CreateButton, Datagrid, FunctionField, List, SelectInput, TopToolbar } from 'react-admin';
import { ListEmpty } from '../shared/ListEmpty';
import { FIT_WINDOW } from '../shared/list-sx';
import { choicesOf } from '../shared/choices';
import { AuthorityField } from './AuthorityField';
import { MemberInput } from '../shared/MemberInput';
import { REPRESENTATIVE_STATUSES, type StaffRepresentative } from './representative';
import { RepresentativeStatusChip, TelegramLinked } from './RepresentativeStatusChip';

const F = 'sro.representatives.fields';

const filters = [
  <MemberInput key="member" source="memberId" label="sro.representatives.filters.member" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    label="sro.representatives.filters.status"
    choices={choicesOf(REPRESENTATIVE_STATUSES, 'sro.representatives.status')}
    alwaysOn
  />,
];

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** The columns a list of representatives shows; the member's own tab shows the authority's end instead of the member. */
export const representativeColumns = (withMember: boolean) => [
  <FunctionField<StaffRepresentative>
    key="fullName"
    source="fullName"
    label={`${F}.name_email`}
    sortable={false}
    render={(record) => (
      <>
        {record.fullName}
        <Typography
          variant="caption"
          color="text.secondary"
          component="div"
          sx={{ overflowWrap: 'anywhere' }}
        >
          {record.email}
        </Typography>
      </>
    )}
  />,
  ...(withMember
    ? [
        <FunctionField<StaffRepresentative>
          key="member"
          label={`${F}.member`}
          sortable={false}
          render={(record) =>
            record.member && (
              <Link to={`/members/${record.member.id}/show`} onClick={(event) => event.stopPropagation()}>
                {record.member.shortName}
              </Link>
            )
          }
        />,
      ]
    : []),
  <FunctionField
    key="status"
    label={`${F}.status`}
    sortable={false}
    render={() => <RepresentativeStatusChip />}
  />,
  <FunctionField
    key="telegram"
    label={`${F}.telegram_linked`}
    sortable={false}
    render={() => <TelegramLinked />}
  />,
  // the whole list has no room for it at 1024 px; a member's own tab has
  ...(withMember ? [] : [<AuthorityField key="authority" label={`${F}.authorityExpiresAt`} />]),
];

export function RepresentativeList() {
  return (
    <List
      title="sro.representatives.title"
      filters={filters}
      actions={<Actions />}
      perPage={25}
      empty={<ListEmpty message="sro.representatives.empty" canCreate />}
      sx={FIT_WINDOW}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        {representativeColumns(true)}
      </Datagrid>
    </List>
  );
}
