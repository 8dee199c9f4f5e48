import {
  BooleanInput,
  Datagrid,
  DateInput,
  FunctionField,
  List,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { formatDay } from '../format/russian';
import { ColleagueInput } from '../shared/ColleagueInput';
import { FIT_WINDOW } from '../shared/list-sx';
import { AppealStatusChip } from './AppealStatusChip';
import { APPEAL_CATEGORIES, APPEAL_STATUSES, OPEN_STATUSES } from './appeal-choices';
import { choicesOf } from '../shared/choices';

const filters = [
  <TextInput key="member" source="member" label="sro.appeals.filters.member" alwaysOn resettable />,
  <SelectArrayInput
    key="status"
    source="status"
    label="sro.appeals.filters.status"
    choices={choicesOf(APPEAL_STATUSES, 'sro.appeal_status')}
    alwaysOn
  />,
  <BooleanInput key="mine" source="mine" label="sro.appeals.filters.mine" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" label="sro.appeals.filters.overdue" alwaysOn />,
  <SelectInput
    key="category"
    source="category"
    label="sro.appeals.filters.category"
    choices={choicesOf(APPEAL_CATEGORIES, 'sro.appeal_category')}
  />,
  <ColleagueInput key="expert" source="assignedExpertId" label="sro.appeals.filters.expert" />,
  <DateInput key="from" source="from" label="sro.appeals.filters.from" />,
  <DateInput key="to" source="to" label="sro.appeals.filters.to" />,
  <TextInput key="number" source="number" label="sro.appeals.filters.number" />,
];

interface InboxRow extends RaRecord {
  registrationNumber: string;
  dueAt: string;
  category: string;
  createdAt: string;
  expert: { fullName: string } | null;
  member: { shortName: string; inn: string } | null;
  overdue: boolean;
  status: string;
}

/** The number is a link, so that Tab and Enter walk the inbox without the mouse; the filing date and category under it. */
/** Datagrid reads the header's label and sort field from the element's own props. */
interface CellProps {
  label: string;
  sortBy: string;
}

const AppealCell = (props: CellProps) => {
  const translate = useTranslate();
  return (
    <FunctionField<InboxRow>
      {...props}
      render={(record) => (
        <>
          <Link
            to={`/appeals/${record.id}/show`}
            onClick={(event) => event.stopPropagation()}
            style={{ whiteSpace: 'nowrap' }}
          >
            {record.registrationNumber}
          </Link>
          <Typography variant="caption" display="block" color="text.secondary">
            {formatDay(record.createdAt)} · {translate(`sro.appeal_category.${record.category}`)}
          </Typography>
        </>
      )}
    />
  );
};

/** The status with «Просрочено» when due, and the answer deadline under it. */
const StatusCell = (props: CellProps) => {
  const translate = useTranslate();
  return (
    <FunctionField<InboxRow>
      {...props}
      render={(record) => (
        <>
          <AppealStatusChip />
          <Typography
            variant="caption"
            display="block"
            color={record.overdue ? 'error' : 'text.secondary'}
            sx={{ whiteSpace: 'nowrap' }}
          >
            {translate('sro.appeals.due', { date: formatDay(record.dueAt) })}
          </Typography>
        </>
      )}
    />
  );
};

/** «Морозов Д. С.»: the inbox has no room for whole names. */
const initials = (fullName: string) => {
  const [surname, ...names] = fullName.split(' ');
  return [surname, ...names.map((name) => `${name[0]}.`)].join(' ');
};

const rowSx = (record: InboxRow) => ({
  backgroundColor: record.overdue ? 'rgba(211, 47, 47, 0.06)' : undefined,
  fontWeight: record.status === 'submitted' ? 600 : undefined,
});

export function AppealList() {
  const translate = useTranslate();
  return (
    <List
      title="sro.appeals.title"
      filters={filters}
      filterDefaultValues={{ status: OPEN_STATUSES }}
      sort={{ field: 'dueAt', order: 'ASC' }}
      perPage={25}
      exporter={false}
      sx={FIT_WINDOW}
    >
      <Typography variant="caption" component="p" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate('sro.appeals.deadline_rule')}
      </Typography>
      <Datagrid rowClick="show" rowSx={rowSx} bulkActionButtons={false}>
        <AppealCell label="sro.appeals.fields.appeal" sortBy="createdAt" />
        <FunctionField<InboxRow>
          label="sro.appeals.fields.member"
          sortable={false}
          render={(record) =>
            record.member ? (
              <>
                {record.member.shortName}
                <Typography variant="caption" display="block" color="text.secondary">
                  ИНН {record.member.inn}
                </Typography>
              </>
            ) : (
              translate('sro.common.none')
            )
          }
        />
        <StatusCell label="sro.appeals.fields.status_due" sortBy="dueAt" />
        <FunctionField<InboxRow>
          label="sro.appeals.fields.expert"
          sortable={false}
          render={(record) => (record.expert ? initials(record.expert.fullName) : '—')}
        />
      </Datagrid>
    </List>
  );
}
