import { Typography } from '@mui/material';
import { useRecordContext, type FieldProps } from 'react-admin';
import { formatDay, formatDayTime, formatMoney } from '../format/russian';

const valueOf = (record: Record<string, unknown> | undefined, source: string): unknown =>
  source
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);

interface Props extends Omit<FieldProps, 'record'> {
  source: string;
  showTime?: boolean;
  record?: object;
}

/** A date as the SRO writes it: «12 марта 2026» (with the time when asked). */
export function DayField(props: Props) {
  const value = valueOf(useRecordContext(props as FieldProps), props.source);
  const text = typeof value !== 'string' ? '—' : props.showTime ? formatDayTime(value) : formatDay(value);
  return (
    <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
      {text}
    </Typography>
  );
}

/** An amount in roubles: «1 234 567,89 ₽». */
export function MoneyField(props: Props) {
  const value = valueOf(useRecordContext(props as FieldProps), props.source);
  const text = typeof value === 'number' || typeof value === 'string' ? formatMoney(value) : '—';
  return (
    <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
      {text}
    </Typography>
  );
}
