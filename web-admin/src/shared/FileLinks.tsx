import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Link, Stack, Typography } from '@mui/material';

export interface StoredFile {
  url: string;
  filename: string;
  size?: number;
}

const kilobytes = (size: number) => `${Math.max(1, Math.round(size / 1024)).toLocaleString('ru-RU')} КБ`;

/** Files stored by the API, each a link that downloads it with the staff session. */
export function FileLinks({ files, empty }: { files: StoredFile[]; empty?: string }) {
  if (files.length === 0) return empty ? <Typography variant="body2">{empty}</Typography> : null;
  return (
    <Stack spacing={0.5}>
      {files.map((file) => (
        <Link key={file.url} href={file.url} download={file.filename} variant="body2">
          <AttachFileIcon fontSize="inherit" /> {file.filename}
          {file.size !== undefined && ` (${kilobytes(file.size)})`}
        </Link>
      ))}
    </Stack>
  );
}
