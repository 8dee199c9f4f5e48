import { Stack, Typography } from '@mui/material';
import { Datagrid, FunctionField, List, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DayField } from '../shared/fields';
import { DeliveryTable } from '../shared/DeliveryTable';

interface NotificationRow {
  id: string;
  text: string;
  member: { shortName: string } | null;
}

function MemberName() {
  const record = useRecordContext<NotificationRow>();
  const translate = useTranslate();
  return <>{record?.member?.shortName ?? translate('sro.notifications.fields.everyone')}</>;
}

/** A row opens in place: the text and its delivery per recipient and channel. */
function Details() {
  const record = useRecordContext<NotificationRow>();
  if (!record) return null;
  return (
    <Stack spacing={2} sx={{ py: 1 }}>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{record.text}</Typography>
      <DeliveryTable path={`/staff/notifications/${record.id}/deliveries`} />
    </Stack>
  );
}

export function NotificationList() {
  return (
    <List title="sro.notifications.title" perPage={25} exporter={false}>
      <Datagrid expand={<Details />} expandSingle rowClick="expand" bulkActionButtons={false}>
        <DayField source="createdAt" label="sro.notifications.fields.createdAt" showTime sortable={false} />
        <TextField source="kindLabel" label="sro.notifications.fields.kind" sortable={false} />
        <TextField source="title" label="sro.notifications.fields.title" sortable={false} />
        <FunctionField label="sro.notifications.fields.member" render={() => <MemberName />} />
        <TextField
          source="createdBy.fullName"
          label="sro.notifications.fields.createdBy"
          sortable={false}
          emptyText="—"
        />
      </Datagrid>
    </List>
  );
}
