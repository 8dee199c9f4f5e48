import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDay } from '../format/russian';
import type { StaffRepresentative } from './representative';

/**
 * The last day of the authority. The API keeps the moment it ends (the midnight after the day staff entered), so the
 * day shown is the one just before that moment.
 */
export function AuthorityField(_props: { label?: string }) {
  const record = useRecordContext<StaffRepresentative>();
  const translate = useTranslate();
  if (!record) return null;
  const ends = record.authorityExpiresAt;
  return (
    <Typography variant="body2" component="span">
      {ends ? formatDay(new Date(Date.parse(ends) - 1)) : translate('sro.representatives.without_term')}
    </Typography>
  );
}
