import { Chip } from '@mui/material';
import { Datagrid, FunctionField, List, TextField, UrlField, useTranslate } from 'react-admin';
import { DayField } from '../shared/fields';

export function RegulationVersionList() {
  const translate = useTranslate();
  return (
    <List title="sro.regulation.title" exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="version" label="sro.regulation.fields.version" sortable={false} />
        <TextField source="title" label="sro.regulation.fields.title" sortable={false} />
        <DayField source="effectiveFrom" label="sro.regulation.fields.effectiveFrom" />
        <UrlField source="url" label="sro.regulation.fields.url" emptyText="—" sortable={false} />
        <FunctionField<{ current: boolean }>
          label="sro.regulation.fields.current"
          render={(record) =>
            record.current ? (
              <Chip size="small" color="success" label={translate('sro.regulation.current')} />
            ) : null
          }
        />
      </Datagrid>
    </List>
  );
}
