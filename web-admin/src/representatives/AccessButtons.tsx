import BlockIcon from '@mui/icons-material/Block';
import LinkOffIcon from '@mui/icons-material/LinkOff';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import SendIcon from '@mui/icons-material/Send';
import { Alert } from '@mui/material';
import { required, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { apiFetch } from '../providers/http';
import { ActionDialog } from '../shared/ActionDialog';
import type { StaffRepresentative } from './representative';

const A = 'sro.representatives.actions';

const Note = ({ text, severity = 'info' }: { text: string; severity?: 'info' | 'warning' }) => {
  const translate = useTranslate();
  return (
    <Alert severity={severity} sx={{ mb: 1 }}>
      {translate(text)}
    </Alert>
  );
};

const call = (representative: StaffRepresentative, action: string, body?: unknown) =>
  apiFetch(`/staff/representatives/${representative.id}/${action}`, { method: 'POST', body });

/** A new activation link (§2.5), for a representative who has not activated the cabinet yet. */
export function ResendActivationButton() {
  const record = useRecordContext<StaffRepresentative>();
  if (!record || record.status !== 'pending') return null;
  return (
    <ActionDialog
      label={`${A}.resend`}
      icon={<SendIcon />}
      title={`${A}.resend_title`}
      done={`${A}.resent`}
      saveLabel={`${A}.send`}
      submit={() => call(record, 'resend-activation')}
    >
      <Note text={`${A}.resend_note`} />
    </ActionDialog>
  );
}

/** Blocks the representative at once and without notice (§2.4), with the reason. */
export function SuspendButton() {
  const record = useRecordContext<StaffRepresentative>();
  if (!record || record.status === 'suspended') return null;
  return (
    <ActionDialog
      label={`${A}.suspend`}
      icon={<BlockIcon />}
      title={`${A}.suspend_title`}
      done={`${A}.suspended`}
      saveLabel={`${A}.suspend`}
      submit={(values) => call(record, 'suspend', { reason: values.reason })}
    >
      <Note text={`${A}.suspend_note`} severity="warning" />
      <TextInput
        source="reason"
        label={`${A}.reason`}
        helperText={`${A}.reason_help`}
        validate={required()}
        multiline
        minRows={2}
        fullWidth
        autoFocus
      />
    </ActionDialog>
  );
}

export function RestoreButton() {
  const record = useRecordContext<StaffRepresentative>();
  if (!record || record.status !== 'suspended') return null;
  return (
    <ActionDialog
      label={`${A}.restore`}
      icon={<LockOpenIcon />}
      title={`${A}.restore_title`}
      done={`${A}.restored`}
      saveLabel={`${A}.restore`}
      submit={() => call(record, 'restore')}
    >
      <Note text={`${A}.restore_note`} />
    </ActionDialog>
  );
}

/** Ends every Telegram link of the representative: the bot stops answering them and sending pushes. */
export function EndTelegramLinksButton() {
  const record = useRecordContext<StaffRepresentative>();
  if (!record || record.telegramLinks === 0) return null;
  return (
    <ActionDialog
      label={`${A}.unlink`}
      icon={<LinkOffIcon />}
      title={`${A}.unlink_title`}
      done={`${A}.unlinked`}
      saveLabel={`${A}.unlink`}
      submit={() => apiFetch(`/staff/representatives/${record.id}/telegram-links`, { method: 'DELETE' })}
    >
      <Note text={`${A}.unlink_note`} severity="warning" />
    </ActionDialog>
  );
}
