import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { StaffRepresentative } from './representative';

const COLORS = { pending: 'info', active: 'success', suspended: 'error' } as const;

export function RepresentativeStatusChip() {
  const record = useRecordContext<StaffRepresentative>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={COLORS[record.status]}
      label={translate(`sro.representatives.status.${record.status}`)}
    />
  );
}

/** Whether a Telegram account is linked: «да» / «нет». */
export function TelegramLinked() {
  const record = useRecordContext<StaffRepresentative>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{translate(record.telegramLinks > 0 ? 'sro.common.yes' : 'sro.common.no')}</span>;
}
