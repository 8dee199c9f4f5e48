import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import QrCodeIcon from '@mui/icons-material/QrCode2';
import {
  Box,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, HttpError, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { formatDayTime } from '../format/russian';
import { apiFetch } from '../providers/http';
import type { LinkToken, StaffRepresentative } from './representative';

const A = 'sro.representatives.actions';

/** The QR code as an image: the page's CSP allows data: images, and an <img> runs no script. */
const qrSource = (svg: string) => `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;

/**
 * A one-time deep link that links the representative's Telegram to the account, with its QR code, e.g. to show at the
 * office. The API refuses with a Russian reason when no bot is configured or the account cannot use the cabinet.
 */
export function TelegramLinkButton() {
  const record = useRecordContext<StaffRepresentative>();
  const translate = useTranslate();
  const notify = useNotify();
  const [link, setLink] = useState<LinkToken | null>(null);
  const [loading, setLoading] = useState(false);
  if (!record) return null;

  const issue = async () => {
    setLoading(true);
    try {
      setLink(
        await apiFetch<LinkToken>(`/staff/representatives/${record.id}/telegram-link-token`, {
          method: 'POST',
        }),
      );
    } catch (error) {
      notify(error instanceof HttpError ? error.message : 'sro.error.unknown', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.deepLink);
      notify(`${A}.copied`, { type: 'info' });
    } catch {
      notify(`${A}.copy_failed`, { type: 'warning' });
    }
  };

  return (
    <>
      <Button label={`${A}.link`} onClick={issue} disabled={loading || record.status !== 'active'}>
        <QrCodeIcon />
      </Button>
      <Dialog open={link !== null} onClose={() => setLink(null)} maxWidth="xs" fullWidth>
        <DialogTitle>{translate(`${A}.link_title`)}</DialogTitle>
        {link && (
          <DialogContent>
            <Stack spacing={2} alignItems="center">
              <Typography variant="body2">{translate(`${A}.link_note`)}</Typography>
              <Box
                component="img"
                src={qrSource(link.qrSvg)}
                alt={translate(`${A}.qr_alt`)}
                sx={{ width: 240, height: 240 }}
              />
              <Link
                href={link.deepLink}
                target="_blank"
                rel="noopener noreferrer"
                sx={{ wordBreak: 'break-all' }}
              >
                {link.deepLink}
              </Link>
              <Typography variant="body2" color="text.secondary">
                {translate(`${A}.link_expires`, { time: formatDayTime(link.expiresAt) })}
              </Typography>
            </Stack>
          </DialogContent>
        )}
        <DialogActions>
          <MuiButton startIcon={<ContentCopyIcon />} onClick={copy}>
            {translate(`${A}.copy`)}
          </MuiButton>
          <MuiButton onClick={() => setLink(null)} variant="contained">
            {translate('ra.action.close')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
