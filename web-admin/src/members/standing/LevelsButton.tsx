import EditIcon from '@mui/icons-material/Edit';
import { RecordContextProvider, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { formatMoney } from '../../format/russian';
import { apiFetch } from '../../providers/http';
import { ActionDialog } from '../../shared/ActionDialog';
import type { LevelRow, StaffMember } from '../member';
import { FUNDS, type Fund } from '../member-choices';
import { useLevelTable } from './use-level-table';

const levelOf = (value: unknown): number | null =>
  value === '' || value === null || value === undefined ? null : Number(value);

/** Sets both levels at once (PUT); «Нет уровня» is null. Only rows of the level table can be chosen. */
export function LevelsButton() {
  const member = useRecordContext<StaffMember>();
  const translate = useTranslate();
  const { rowsOf } = useLevelTable();
  if (!member) return null;
  const optionOf = (row: LevelRow) => {
    const cap = row.fund === 'vv' ? row.maxContractPrice : row.maxTotalObligations;
    const capText =
      cap === null || cap === undefined ? translate('sro.members.levels.unlimited') : formatMoney(cap);
    return {
      id: row.level,
      name: translate('sro.members.levels.option', { title: row.title, cap: capText }),
    };
  };
  const levels = { id: member.id, vv: member.levels.vv ?? '', odo: member.levels.odo ?? '' };
  return (
    // the dialog's form starts from the context's record: here the two levels, not the whole card
    <RecordContextProvider value={levels}>
      <ActionDialog
        label="sro.members.levels.edit"
        icon={<EditIcon />}
        title="sro.members.levels.edit_title"
        done="sro.members.levels.saved"
        submit={(values) =>
          apiFetch(`/staff/members/${member.id}/levels`, {
            method: 'PUT',
            body: { vv: levelOf(values.vv), odo: levelOf(values.odo) },
          })
        }
      >
        {FUNDS.map((fund: Fund) => (
          <SelectInput
            key={fund}
            source={fund}
            label={`sro.members.fund_full.${fund}`}
            choices={rowsOf(fund).map(optionOf)}
            emptyText="sro.members.levels.none"
            translateChoice={false}
            fullWidth
          />
        ))}
      </ActionDialog>
    </RecordContextProvider>
  );
}
