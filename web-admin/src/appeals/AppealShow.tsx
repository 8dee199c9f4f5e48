import { Box, Card, CardContent, Chip, Divider, Grid, Stack, Typography } from '@mui/material';
import { Labeled, Show, TextField, TopToolbar, useTranslate, WithRecord } from 'react-admin';
import { Link } from 'react-router-dom';
import { DayField } from '../shared/fields';
import { FileLinks, type StoredFile } from '../shared/FileLinks';
import { AnswerButton } from './AnswerButton';
import { AssignButton } from './AssignButton';
import { AppealStatusChip } from './AppealStatusChip';
import { StatusButton } from './StatusButton';
import { useFullAppeal, type StaffAppeal } from './staff-appeal';

const Actions = () => (
  <TopToolbar>
    <AssignButton />
    <StatusButton />
    <AnswerButton />
  </TopToolbar>
);

function Signature() {
  const record = useFullAppeal();
  const translate = useTranslate();
  if (!record) return null;
  const { signature } = record;
  const color =
    signature.status === 'verified' ? 'success' : signature.needsManualCheck ? 'warning' : 'default';
  const files = [
    signature.documentUrl && {
      url: signature.documentUrl,
      filename: translate('sro.appeals.signed_document'),
    },
    signature.signatureUrl && {
      url: signature.signatureUrl,
      filename: translate('sro.appeals.signature_file'),
    },
  ].filter(Boolean) as StoredFile[];
  return (
    <Stack spacing={1}>
      <Chip color={color} label={signature.label} sx={{ alignSelf: 'flex-start' }} />
      {signature.signer.fullName && (
        <Typography variant="body2">
          {[
            signature.signer.fullName,
            signature.signer.title,
            signature.signer.inn && `ИНН ${signature.signer.inn}`,
          ]
            .filter(Boolean)
            .join(', ')}
        </Typography>
      )}
      {signature.note && <Typography variant="body2">{signature.note}</Typography>}
      <FileLinks files={files} />
    </Stack>
  );
}

function History() {
  const record = useFullAppeal();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={1} component="ol" sx={{ pl: 2, m: 0 }} aria-label={translate('sro.appeals.history')}>
      {record.statusHistory.map((entry, index) => (
        <li key={index}>
          <Typography variant="body2">
            <strong>{entry.statusLabel}</strong> — <DayField source="at" showTime record={entry} />
            {entry.by && ` · ${entry.by.fullName}`}
          </Typography>
          {entry.comment && (
            <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
              {entry.comment}
            </Typography>
          )}
        </li>
      ))}
    </Stack>
  );
}

function Body() {
  const record = useFullAppeal();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 8 }}>
        <Card variant="outlined">
          <CardContent>
            <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
              <Typography variant="h6" component="h2">
                {record.registrationNumber}
              </Typography>
              <AppealStatusChip />
            </Stack>
            <Typography variant="subtitle1">{record.categoryTitle}</Typography>
            <Stack direction="row" spacing={4} sx={{ my: 2 }} flexWrap="wrap" useFlexGap>
              <Labeled label="sro.appeals.fields.createdAt">
                <DayField source="createdAt" showTime />
              </Labeled>
              <Labeled label="sro.appeals.fields.dueAt">
                <DayField source="dueAt" />
              </Labeled>
              <Labeled label="sro.appeals.fields.expert">
                <TextField source="expert.fullName" emptyText={translate('sro.appeals.unassigned')} />
              </Labeled>
              <Labeled label="sro.appeals.fields.representative">
                <TextField source="representative.fullName" emptyText="—" />
              </Labeled>
            </Stack>
            {record.detailItems.length > 0 && (
              <Box component="dl" sx={{ m: 0, mb: 2 }}>
                {record.detailItems.map((item) => (
                  <Typography key={item.label} variant="body2">
                    <Box component="dt" sx={{ display: 'inline', fontWeight: 600 }}>
                      {item.label}:
                    </Box>{' '}
                    <Box component="dd" sx={{ display: 'inline', m: 0 }}>
                      {item.value}
                    </Box>
                  </Typography>
                ))}
              </Box>
            )}
            <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }}>
              {record.text}
            </Typography>
            <Divider sx={{ my: 2 }} />
            <Typography variant="subtitle2">{translate('sro.appeals.files')}</Typography>
            <FileLinks files={record.attachments} empty={translate('sro.appeals.no_files')} />
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              {translate('sro.appeals.signature')}
            </Typography>
            <Signature />
            {record.answerLetter && (
              <Typography variant="body2" sx={{ mt: 2 }}>
                {translate('sro.appeals.answered_by')}{' '}
                <Link to={`/letters/${record.answerLetter.id}/show`}>
                  {record.answerLetter.registrationNumber}
                </Link>
              </Typography>
            )}
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Stack spacing={2}>
          {record.memberCard && (
            <Card variant="outlined">
              <CardContent>
                <Typography variant="subtitle2">{translate('sro.appeals.member')}</Typography>
                <Link to={`/members/${record.memberCard.id}/show`}>{record.memberCard.shortName}</Link>
                <Typography variant="body2">
                  ИНН {record.memberCard.inn} · ОГРН {record.memberCard.ogrn}
                </Typography>
                <Typography variant="body2">
                  {translate('sro.appeals.registry_number')}: {record.memberCard.registryNumber} ·{' '}
                  {record.memberCard.statusLabel}
                </Typography>
              </CardContent>
            </Card>
          )}
          <Card variant="outlined">
            <CardContent>
              <Typography variant="subtitle2" gutterBottom>
                {translate('sro.appeals.history')}
              </Typography>
              <History />
            </CardContent>
          </Card>
        </Stack>
      </Grid>
    </Grid>
  );
}

export function AppealShow() {
  return (
    <Show
      actions={<Actions />}
      title={<WithRecord<StaffAppeal> render={(r) => <span>{r.registrationNumber}</span>} />}
    >
      <Box sx={{ p: 2 }}>
        <Body />
      </Box>
    </Show>
  );
}
