import { Alert, Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  EmailField,
  Labeled,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
  WithRecord,
} from 'react-admin';
import { formatDay } from '../format/russian';
import { DayField } from '../shared/fields';
import { AuthorityField } from './AuthorityField';
import {
  EndTelegramLinksButton,
  RestoreButton,
  ResendActivationButton,
  SuspendButton,
} from './AccessButtons';
import type { StaffRepresentative } from './representative';
import { RepresentativeStatusChip } from './RepresentativeStatusChip';
import { TelegramLinkButton } from './TelegramLinkButton';

const F = 'sro.representatives.fields';

const Actions = () => (
  <TopToolbar>
    <ResendActivationButton />
    <TelegramLinkButton />
    <EndTelegramLinksButton />
    <SuspendButton />
    <RestoreButton />
  </TopToolbar>
);

const Item = ({ label, children }: { label: string; children: ReactNode }) => (
  <Labeled label={label}>
    <>{children}</>
  </Labeled>
);

function Details() {
  const record = useRecordContext<StaffRepresentative>();
  const translate = useTranslate();
  if (!record) return null;
  const regulation = record.acceptedRegulation;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 7 }}>
        <Card variant="outlined" sx={{ height: '100%' }}>
          <CardContent>
            <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mb: 2 }}>
              <Typography variant="h6" component="h2">
                {record.fullName}
              </Typography>
              <RepresentativeStatusChip />
            </Stack>
            <Stack spacing={1.5}>
              <Item label={`${F}.member`}>
                <ReferenceField source="memberId" reference="members" link="show" />
              </Item>
              <Stack direction="row" columnGap={4} rowGap={1.5} flexWrap="wrap">
                <Item label={`${F}.email`}>
                  <EmailField source="email" />
                </Item>
                <Item label={`${F}.phone`}>
                  <TextField source="phone" emptyText="—" />
                </Item>
              </Stack>
              <Stack direction="row" columnGap={4} rowGap={1.5} flexWrap="wrap">
                <Item label={`${F}.authorityExpiresAt`}>
                  <AuthorityField />
                </Item>
                <Item label={`${F}.createdAt`}>
                  <DayField source="createdAt" />
                </Item>
              </Stack>
            </Stack>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, md: 5 }}>
        <Card variant="outlined" sx={{ height: '100%' }}>
          <CardContent>
            <Stack spacing={1.5}>
              {record.status === 'suspended' && (
                <Alert severity="error">
                  {translate(`${F}.suspendedAt`)}{' '}
                  {record.suspendedAt && <DayField source="suspendedAt" showTime />}
                  {record.suspendReason && (
                    <Typography variant="body2" sx={{ mt: 0.5 }}>
                      {translate(`${F}.suspendReason`)}: {record.suspendReason}
                    </Typography>
                  )}
                </Alert>
              )}
              <Item label={`${F}.emailConfirmedAt`}>
                {record.emailConfirmedAt ? (
                  <DayField source="emailConfirmedAt" showTime />
                ) : (
                  <Typography variant="body2">{translate('sro.representatives.not_yet')}</Typography>
                )}
              </Item>
              <Item label={`${F}.acceptedRegulation`}>
                <Typography variant="body2">
                  {regulation
                    ? translate('sro.representatives.regulation', {
                        version: regulation.version,
                        date: formatDay(regulation.acceptedAt),
                      })
                    : translate('sro.representatives.not_yet')}
                </Typography>
              </Item>
              <Item label={`${F}.telegramLinks`}>
                <Typography variant="body2">
                  {record.telegramLinks > 0
                    ? String(record.telegramLinks)
                    : translate('sro.representatives.telegram_not_linked')}
                </Typography>
              </Item>
            </Stack>
          </CardContent>
        </Card>
      </Grid>
    </Grid>
  );
}

export function RepresentativeShow() {
  return (
    <Show
      actions={<Actions />}
      title={<WithRecord<StaffRepresentative> render={(record) => <span>{record.fullName}</span>} />}
    >
      <CardContent>
        <Details />
      </CardContent>
    </Show>
  );
}
