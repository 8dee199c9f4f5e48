import { Datagrid, DateInput, FunctionField, List, TextField, useTranslate } from 'react-admin';
import { DayField } from '../shared/fields';

const filters = [
  <DateInput key="from" source="from" label="sro.events.filters.from" alwaysOn />,
  <DateInput key="to" source="to" label="sro.events.filters.to" alwaysOn />,
];

interface EventRow {
  kind: string;
  audience: string[];
  videoUrl: string | null;
}

export function EventList() {
  const translate = useTranslate();
  return (
    <List
      title="sro.events.title"
      filters={filters}
      sort={{ field: 'startsAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <DayField source="startsAt" label="sro.events.fields.startsAt" showTime />
        <FunctionField<EventRow>
          label="sro.events.fields.kind"
          render={(record) => translate(`sro.events.kinds.${record.kind}`)}
        />
        <TextField source="title" label="sro.events.fields.title" sortable={false} />
        <TextField source="location" label="sro.events.fields.location" sortable={false} emptyText="—" />
        <FunctionField<EventRow>
          label="sro.events.fields.audience"
          render={(record) =>
            record.audience.length === 0
              ? translate('sro.events.everyone')
              : translate('sro.events.invited', { smart_count: record.audience.length })
          }
        />
        <FunctionField<EventRow>
          label="sro.events.fields.videoUrl"
          render={(record) => (record.videoUrl ? translate('sro.common.yes') : translate('sro.common.no'))}
        />
      </Datagrid>
    </List>
  );
}
