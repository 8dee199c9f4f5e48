import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLORS = {
  submitted: 'info',
  registered: 'default',
  in_progress: 'warning',
  answered: 'success',
  rejected: 'default',
} as const;

/** The appeal's status, and «Просрочено» beside it when its answer deadline has passed. */
export function AppealStatusChip() {
  const record = useRecordContext<{ status: keyof typeof COLORS; overdue: boolean }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span style={{ display: 'inline-flex', gap: 4, flexWrap: 'wrap' }}>
      <Chip
        size="small"
        color={COLORS[record.status]}
        label={translate(`sro.appeal_status.${record.status}`)}
      />
      {record.overdue && <Chip size="small" color="error" label={translate('sro.appeals.overdue')} />}
    </span>
  );
}
