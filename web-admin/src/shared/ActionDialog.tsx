import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState, type ReactElement, type ReactNode } from 'react';
import { Button, Form, HttpError, SaveButton, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';

interface Props {
  label: string;
  icon?: ReactElement;
  title: string;
  /** What the dialog does; its answer's field errors land on the dialog's fields. */
  submit: (values: FieldValues) => Promise<unknown>;
  done: string;
  children: ReactNode;
  defaultValues?: FieldValues;
  disabled?: boolean;
  saveLabel?: string;
}

/** The dialog's form starts from its own defaults, not from the record of the page it opens on. */
const NO_RECORD = {};

/** A toolbar button that opens a small form; Enter or the button submits, Escape closes. */
export function ActionDialog({
  label,
  icon,
  title,
  submit,
  done,
  children,
  defaultValues,
  disabled,
  saveLabel,
}: Props) {
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const onSubmit = async (values: FieldValues) => {
    try {
      await submit(values);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      notify(error.message, { type: 'error' });
      const errors = (error.body as { errors?: Record<string, string> } | undefined)?.errors;
      return errors && Object.keys(errors).length > 0 ? errors : undefined;
    }
    setOpen(false);
    notify(done, { type: 'success' });
    refresh();
  };
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} disabled={disabled}>
        {icon}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        maxWidth="sm"
        aria-label={translate(title)}
      >
        <Form onSubmit={onSubmit} defaultValues={defaultValues} record={NO_RECORD}>
          <DialogTitle>{translate(title)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
            <SaveButton label={saveLabel ?? 'ra.action.confirm'} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
