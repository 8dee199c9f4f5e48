import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { Form, HttpError, SaveButton, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import type { FieldValues } from 'react-hook-form';

interface Props {
  open: boolean;
  onClose: () => void;
  title: string;
  done: string;
  /** The values the form starts from: a stored record, or the defaults of a new one. */
  values: FieldValues;
  submit: (values: FieldValues) => Promise<unknown>;
  children: ReactNode;
}

/**
 * A dialog with a form that adds or changes one record, opened by its owner (a row, a button). Like ActionDialog, the
 * API's field errors land on the fields and its message is shown.
 */
export function RecordDialog({ open, onClose, title, done, values, submit, children }: Props) {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const onSubmit = async (changed: FieldValues) => {
    try {
      await submit(changed);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      notify(error.message, { type: 'error' });
      const errors = (error.body as { errors?: Record<string, string> } | undefined)?.errors;
      return errors && Object.keys(errors).length > 0 ? errors : undefined;
    }
    onClose();
    notify(done, { type: 'success' });
    refresh();
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-label={translate(title)}>
      <Form onSubmit={onSubmit} record={values as RaRecord}>
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>
          <Stack sx={{ pt: 1 }}>{children}</Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
          <SaveButton alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
