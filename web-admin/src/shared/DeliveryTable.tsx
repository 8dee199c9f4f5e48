import { Alert, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { formatDayTime } from '../format/russian';
import { apiFetch } from '../providers/http';

interface Delivery {
  recipient: { id: string; fullName: string } | null;
  channel: 'email' | 'telegram';
  status: 'queued' | 'sent' | 'uncertain' | 'failed' | 'blocked';
  statusLabel: string;
  attempts: number;
  lastError: string | null;
  at: string | null;
}

const COLORS = {
  queued: 'default',
  sent: 'success',
  uncertain: 'info',
  failed: 'error',
  blocked: 'warning',
} as const;

/** Delivery per recipient and channel: the record that nothing sent to members was lost. */
export function DeliveryTable({ path }: { path: string }) {
  const translate = useTranslate();
  const { data, error, isPending } = useQuery({
    queryKey: ['deliveries', path],
    queryFn: () => apiFetch<{ items: Delivery[] }>(path),
    refetchInterval: 10_000,
  });
  if (isPending) return null;
  if (error) return <Alert severity="error">{translate(error.message)}</Alert>;
  if (data.items.length === 0)
    return <Typography variant="body2">{translate('sro.deliveries.none')}</Typography>;
  return (
    <Table size="small" aria-label={translate('sro.deliveries.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('sro.deliveries.recipient')}</TableCell>
          <TableCell>{translate('sro.deliveries.channel')}</TableCell>
          <TableCell>{translate('sro.deliveries.status')}</TableCell>
          <TableCell>{translate('sro.deliveries.at')}</TableCell>
          <TableCell>{translate('sro.deliveries.attempts')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.items.map((item, index) => (
          <TableRow key={index}>
            <TableCell>{item.recipient?.fullName ?? '—'}</TableCell>
            <TableCell>{translate(`sro.deliveries.channels.${item.channel}`)}</TableCell>
            <TableCell>
              <Chip size="small" color={COLORS[item.status]} label={item.statusLabel} />
              {item.lastError && (
                <Typography variant="caption" display="block" color="text.secondary">
                  {item.lastError}
                </Typography>
              )}
            </TableCell>
            <TableCell>{item.at ? formatDayTime(item.at) : '—'}</TableCell>
            <TableCell>{item.attempts}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
