import ReplayIcon from '@mui/icons-material/Replay';
import { Chip } from '@mui/material';
import {
  Button,
  Datagrid,
  FunctionField,
  List,
  TextField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { apiFetch } from '../providers/http';
import { DayField } from '../shared/fields';

interface Job {
  id: string;
  state: 'failed' | 'running' | 'scheduled' | 'completed';
  failReason: string | null;
}

const COLORS = { failed: 'error', running: 'info', scheduled: 'default', completed: 'success' } as const;

function RetryButton() {
  const record = useRecordContext<Job>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record || record.state !== 'failed') return null;
  const retry = () =>
    apiFetch(`/staff/jobs/${record.id}/retry`, { method: 'POST' })
      .then(() => notify('sro.jobs.retried', { type: 'success' }))
      .catch((error: Error) => notify(error.message, { type: 'error' }))
      .finally(refresh);
  return (
    <Button label="sro.jobs.retry" onClick={retry}>
      <ReplayIcon />
    </Button>
  );
}

/** The background queue, failed jobs first; a failed one can be run again at once. */
export function JobList() {
  const translate = useTranslate();
  return (
    <List title="sro.jobs.title" perPage={50} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="name" label="sro.jobs.fields.name" sortable={false} />
        <FunctionField<Job>
          label="sro.jobs.fields.state"
          render={(record) => (
            <Chip
              size="small"
              color={COLORS[record.state]}
              label={translate(`sro.jobs.states.${record.state}`)}
            />
          )}
        />
        <DayField source="nextRunAt" label="sro.jobs.fields.nextRunAt" showTime sortable={false} />
        <DayField source="lastFinishedAt" label="sro.jobs.fields.lastFinishedAt" showTime sortable={false} />
        <TextField source="failReason" label="sro.jobs.fields.failReason" emptyText="—" sortable={false} />
        <TextField source="failCount" label="sro.jobs.fields.failCount" emptyText="0" sortable={false} />
        <RetryButton />
      </Datagrid>
    </List>
  );
}
