import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { IconButton, Stack, Tooltip } from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  HttpError,
  useDelete,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';

/** «Изменить» and «Удалить» of a row, as icons with their names as tooltips; deleting asks first. */
export function RowActions({ onEdit }: { onEdit: (record: RaRecord) => void; label?: string }) {
  const record = useRecordContext<RaRecord>();
  const resource = useResourceContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const [remove, { isPending }] = useDelete();
  if (!record || !resource) return null;
  const onConfirm = () =>
    remove(
      resource,
      { id: record.id, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setConfirming(false);
          notify('sro.members.records.deleted', { type: 'info' });
          refresh();
        },
        onError: (error) => {
          setConfirming(false);
          notify(error instanceof HttpError ? error.message : 'sro.error.unknown', { type: 'error' });
        },
      },
    );
  const editLabel = translate('sro.members.records.edit');
  const deleteLabel = translate('ra.action.delete');
  return (
    <Stack direction="row" justifyContent="flex-end" onClick={(event) => event.stopPropagation()}>
      <Tooltip title={editLabel}>
        <IconButton size="small" color="primary" aria-label={editLabel} onClick={() => onEdit(record)}>
          <EditIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title={deleteLabel}>
        <IconButton size="small" color="error" aria-label={deleteLabel} onClick={() => setConfirming(true)}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title="sro.members.records.delete_title"
        content="sro.members.records.delete_content"
        confirm="ra.action.delete"
        confirmColor="warning"
        onConfirm={onConfirm}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
