import BlockIcon from '@mui/icons-material/Block';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { Alert } from '@mui/material';
import type { ReactElement } from 'react';
import { DateInput, required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { apiFetch } from '../providers/http';
import { ActionDialog } from '../shared/ActionDialog';
import { forCreate } from '../shared/form-values';
import type { StaffMember } from './member';
import type { MemberStatus } from './member-choices';

interface Change {
  to: MemberStatus;
  action: 'suspend' | 'exclude' | 'restore';
  icon: ReactElement;
  severity: 'warning' | 'error' | 'info';
}

const CHANGES: Change[] = [
  { to: 'suspended', action: 'suspend', icon: <PauseCircleIcon />, severity: 'warning' },
  { to: 'excluded', action: 'exclude', icon: <BlockIcon />, severity: 'error' },
  { to: 'member', action: 'restore', icon: <PlayCircleIcon />, severity: 'info' },
];

const today = () => new Date().toISOString().slice(0, 10);

function StatusButton({ member, change }: { member: StaffMember; change: Change }) {
  const translate = useTranslate();
  const texts = `sro.members.status_actions.${change.action}`;
  return (
    <ActionDialog
      label={texts}
      icon={change.icon}
      title={`${texts}_title`}
      done="sro.members.status_actions.changed"
      defaultValues={{ since: today() }}
      submit={(values) =>
        apiFetch(`/staff/members/${member.id}/status`, {
          method: 'POST',
          body: forCreate({ status: change.to, since: values.since, reason: values.reason }),
        })
      }
    >
      <Alert severity={change.severity} sx={{ mb: 2 }}>
        {translate(`${texts}_note`)}
      </Alert>
      <DateInput source="since" label="sro.members.status_actions.since" validate={required()} />
      <TextInput
        source="reason"
        label="sro.members.status_actions.reason"
        helperText="sro.members.status_actions.reason_help"
        validate={change.to === 'member' ? undefined : required()}
        multiline
        minRows={2}
        fullWidth
        autoFocus
      />
    </ActionDialog>
  );
}

/** Suspend the right to work, exclude, or restore: each with its date and the decision behind it (administrators). */
export function MemberStatusButtons() {
  const member = useRecordContext<StaffMember>();
  if (!member) return null;
  return (
    <>
      {CHANGES.filter((change) => change.to !== member.status).map((change) => (
        <StatusButton key={change.to} member={member} change={change} />
      ))}
    </>
  );
}
