import { Typography } from '@mui/material';
import { FileField, FileInput, useNotify, useTranslate } from 'react-admin';

/** The API takes up to 10 files of up to 20 MB each; a bigger one is refused here before it is sent. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function FilesInput({ source, label }: { source: string; label: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  return (
    <FileInput
      source={source}
      label={label}
      multiple
      maxSize={MAX_FILE_BYTES}
      placeholder={<Typography variant="body2">{translate('sro.files.drop')}</Typography>}
      options={{ maxFiles: 10, onDropRejected: () => notify('sro.files.rejected', { type: 'warning' }) }}
    >
      <FileField source="src" title="title" />
    </FileInput>
  );
}
