import { Card, CardContent, Stack, Typography } from '@mui/material';
import { Labeled, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { DayField } from '../shared/fields';
import { DeliveryTable } from '../shared/DeliveryTable';
import { FileLinks, type StoredFile } from '../shared/FileLinks';

interface StaffLetter {
  id: string;
  subject: string;
  text: string;
  direction: 'incoming' | 'outgoing';
  attachments: StoredFile[];
  member: { id: string; shortName: string } | null;
  appealId: string | null;
}

function Body() {
  const record = useRecordContext<StaffLetter>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={4} flexWrap="wrap" useFlexGap>
        <Labeled label="sro.letters.fields.registrationNumber">
          <TextField source="registrationNumber" />
        </Labeled>
        <Labeled label="sro.letters.fields.createdAt">
          <DayField source="createdAt" showTime />
        </Labeled>
        <Labeled label="sro.letters.fields.direction">
          <TextField source="directionLabel" />
        </Labeled>
        <Labeled label="sro.letters.fields.status">
          <TextField source="statusLabel" />
        </Labeled>
        <Labeled label="sro.letters.fields.readAt">
          <DayField source="readAt" showTime />
        </Labeled>
      </Stack>
      {record.member && (
        <Typography variant="body2">
          {translate('sro.letters.fields.member')}:{' '}
          <Link to={`/members/${record.member.id}/show`}>{record.member.shortName}</Link>
          {record.appealId && (
            <>
              {' · '}
              <Link to={`/appeals/${record.appealId}/show`}>{translate('sro.letters.appeal')}</Link>
            </>
          )}
        </Typography>
      )}
      <Typography variant="h6" component="h2">
        {record.subject}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{record.text}</Typography>
      <FileLinks files={record.attachments} />
      {record.direction === 'incoming' && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="subtitle2" gutterBottom>
              {translate('sro.deliveries.title')}
            </Typography>
            <DeliveryTable path={`/staff/letters/${record.id}/deliveries`} />
          </CardContent>
        </Card>
      )}
    </Stack>
  );
}

export const LetterShow = () => (
  <Show title="sro.letters.one">
    <Body />
  </Show>
);
