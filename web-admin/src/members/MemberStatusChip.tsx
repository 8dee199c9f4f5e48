import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { StaffMember } from './member';

const COLORS = { member: 'success', suspended: 'warning', excluded: 'default' } as const;

/** The member's status, short; the full wording is its title. */
export function MemberStatusChip() {
  const record = useRecordContext<StaffMember>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={COLORS[record.status]}
      label={translate(`sro.members.status_short.${record.status}`)}
      title={translate(`sro.members.status.${record.status}`)}
    />
  );
}
