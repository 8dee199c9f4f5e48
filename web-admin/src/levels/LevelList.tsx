import { Chip } from '@mui/material';
import { Datagrid, FunctionField, List, NumberField, TextField, useTranslate } from 'react-admin';
import { MoneyField } from '../shared/fields';

interface LevelRow {
  fund: 'vv' | 'odo';
  needsReview: boolean;
}

export function LevelList() {
  const translate = useTranslate();
  return (
    <List title="sro.levels.title" perPage={50} exporter={false} pagination={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <FunctionField<LevelRow>
          label="sro.levels.fields.fund"
          render={(record) => translate(`sro.levels.funds.${record.fund}`)}
        />
        <NumberField source="level" label="sro.levels.fields.level" sortable={false} />
        <TextField source="title" label="sro.levels.fields.title" sortable={false} />
        <MoneyField source="maxContractPrice" label="sro.levels.fields.maxContractPrice" />
        <MoneyField source="maxTotalObligations" label="sro.levels.fields.maxTotalObligations" />
        <MoneyField source="contribution" label="sro.levels.fields.contribution" />
        <FunctionField<LevelRow>
          label="sro.levels.fields.needsReview"
          render={(record) =>
            record.needsReview ? (
              <Chip size="small" color="warning" label={translate('sro.levels.needs_review')} />
            ) : (
              <Chip size="small" color="success" label={translate('sro.levels.reviewed')} />
            )
          }
        />
      </Datagrid>
    </List>
  );
}
