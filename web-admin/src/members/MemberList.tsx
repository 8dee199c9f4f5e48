import {
  BooleanInput,
  CreateButton,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { DayField } from '../shared/fields';
import type { StaffMember } from './member';
import { LEVELS, MEMBER_KINDS, MEMBER_STATUSES } from './member-choices';
import { choicesOf } from '../shared/choices';
import { FIT_WINDOW } from '../shared/list-sx';
import { ListEmpty } from '../shared/ListEmpty';
import { MemberStatusChip } from './MemberStatusChip';

const levelChoices = LEVELS.map((level) => ({ id: level, name: String(level) }));

const filters = [
  <TextInput key="q" source="q" label="sro.members.filters.q" alwaysOn resettable sx={{ minWidth: 280 }} />,
  <SelectInput
    key="status"
    source="status"
    label="sro.members.filters.status"
    choices={choicesOf(MEMBER_STATUSES, 'sro.members.status_short')}
    alwaysOn
  />,
  <SelectInput key="vvLevel" source="vvLevel" label="sro.members.filters.vvLevel" choices={levelChoices} />,
  <SelectInput
    key="odoLevel"
    source="odoLevel"
    label="sro.members.filters.odoLevel"
    choices={levelChoices.filter((choice) => choice.id > 0)}
  />,
  <SelectInput
    key="kind"
    source="kind"
    label="sro.members.filters.kind"
    choices={choicesOf(MEMBER_KINDS, 'sro.members.kind')}
  />,
  <BooleanInput key="hasDuesDebt" source="hasDuesDebt" label="sro.members.filters.hasDuesDebt" />,
];

function Actions() {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      {permissions === 'admin' && <CreateButton />}
    </TopToolbar>
  );
}

const levelText = (level: number | null) => (level === null ? '—' : String(level));

export function MemberList() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  return (
    <List
      title="sro.members.title"
      filters={filters}
      actions={<Actions />}
      sort={{ field: 'shortName', order: 'ASC' }}
      perPage={25}
      sx={FIT_WINDOW}
      empty={<ListEmpty message="sro.members.empty" canCreate={permissions === 'admin'} />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="registryNumber" label="sro.members.fields.registryNumber" />
        <FunctionField<StaffMember>
          source="shortName"
          label="sro.members.fields.name_inn"
          render={(record) => (
            <>
              <span title={record.fullName}>{record.shortName}</span>
              <Typography variant="caption" color="text.secondary" component="div">
                {translate('sro.members.fields.inn')} {record.inn}
              </Typography>
            </>
          )}
        />
        <FunctionField
          label="sro.members.fields.status"
          sortable={false}
          render={() => <MemberStatusChip />}
        />
        <FunctionField<StaffMember>
          label="sro.members.fields.levels"
          sortable={false}
          render={(record) => `${levelText(record.levels.vv)} / ${levelText(record.levels.odo)}`}
        />
        <DayField source="admissionDate" label="sro.members.fields.admissionDate" sortBy="admissionDate" />
      </Datagrid>
    </List>
  );
}
