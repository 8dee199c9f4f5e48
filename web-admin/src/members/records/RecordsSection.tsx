import AddIcon from '@mui/icons-material/Add';
import { Box, Stack, Typography, type SxProps, type Theme } from '@mui/material';
import { Children, cloneElement, isValidElement, useState, type ReactElement, type ReactNode } from 'react';
import {
  Button,
  Datagrid,
  Pagination,
  ReferenceManyField,
  useDataProvider,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { forCreate, forUpdate } from '../../shared/form-values';
import type { StaffMember } from '../member';
import { RecordDialog } from './RecordDialog';
import { RowActions } from './RowActions';

export interface RecordKind {
  /** The react-admin resource: a member's records, `/staff/members/:memberId/<resource>`. */
  resource: string;
  /** Message keys: the list's empty state and the dialogs' titles. */
  empty: string;
  addTitle: string;
  editTitle: string;
  /** The dialog's inputs, the same for adding and changing. */
  inputs: ReactNode;
  defaults?: FieldValues;
  /** Form values → the API's shape (e.g. lines of text → a list). */
  prepare?: (values: FieldValues) => FieldValues;
  /** Form values of a stored record (the inverse of `prepare`). */
  edit?: (record: RaRecord) => FieldValues;
}

const same = <T,>(value: T) => value;

/** Inputs side by side in a dialog, sharing its width. */
export const Row = ({ children }: { children: ReactNode }) => (
  <Stack direction={{ xs: 'column', sm: 'row' }} columnGap={2} sx={{ '& > *': { flex: 1 } }}>
    {children}
  </Stack>
);

/** The API sorts a member's records itself (latest first), so the columns take no sort. */
const unsortable = (columns: ReactNode) =>
  Children.map(columns, (column) =>
    isValidElement(column)
      ? cloneElement(column as ReactElement<{ sortable?: boolean }>, { sortable: false })
      : column,
  );

/**
 * One kind of a member's records: a paginated list with «Добавить» above it; a row (or its pencil) opens it for
 * changing, its bin deletes it after a confirmation. Adding and changing happen in a dialog whose fields show the
 * API's errors.
 */
export function RecordsSection({
  kind,
  title,
  sx,
  children,
}: {
  kind: RecordKind;
  title?: string;
  /** Column widths and the like, by react-admin's `column-<source>` classes. */
  sx?: SxProps<Theme>;
  children: ReactNode;
}) {
  const member = useRecordContext<StaffMember>();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<RaRecord | null>(null);
  if (!member) return null;
  const prepare = kind.prepare ?? same;
  const toForm = kind.edit ?? same;
  return (
    <Box>
      <Stack direction="row" justifyContent="space-between" alignItems="center" sx={{ mb: 1 }}>
        <Typography variant="subtitle1" component="h3">
          {title ? translate(title) : null}
        </Typography>
        <Button label="sro.members.records.add" onClick={() => setAdding(true)}>
          <AddIcon />
        </Button>
      </Stack>
      <ReferenceManyField
        reference={kind.resource}
        target="memberId"
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={
          <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
            {translate(kind.empty)}
          </Typography>
        }
      >
        <Datagrid
          sx={sx}
          bulkActionButtons={false}
          rowClick={(_id, _resource, record) => {
            setEditing(record);
            return false;
          }}
        >
          {unsortable(children)}
          <RowActions label="" onEdit={setEditing} />
        </Datagrid>
      </ReferenceManyField>
      <RecordDialog
        open={adding}
        onClose={() => setAdding(false)}
        title={kind.addTitle}
        done="sro.members.records.added"
        values={kind.defaults ?? {}}
        submit={(values) =>
          dataProvider.create(kind.resource, { data: { ...forCreate(prepare(values)), memberId: member.id } })
        }
      >
        {kind.inputs}
      </RecordDialog>
      {editing && (
        <RecordDialog
          open
          onClose={() => setEditing(null)}
          title={kind.editTitle}
          done="sro.members.records.saved"
          values={toForm(editing)}
          submit={(values) =>
            dataProvider.update(kind.resource, {
              id: editing.id,
              data: forUpdate(prepare(values)),
              previousData: editing,
            })
          }
        >
          {kind.inputs}
        </RecordDialog>
      )}
    </Box>
  );
}
