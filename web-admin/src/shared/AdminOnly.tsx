import LockIcon from '@mui/icons-material/Lock';
import { Alert, Box } from '@mui/material';
import { createElement, type ComponentType } from 'react';
import { usePermissions, useTranslate } from 'react-admin';

/** Administrator's pages: an expert who opens one by its address gets a plain refusal, not an empty screen. */
export function adminOnly<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  const Guarded = (props: P) => {
    const { permissions, isPending } = usePermissions();
    const translate = useTranslate();
    if (isPending) return null;
    if (permissions !== 'admin') {
      return (
        <Box sx={{ p: 3 }}>
          <Alert severity="warning" icon={<LockIcon />} role="alert">
            {translate('sro.common.forbidden')}
          </Alert>
        </Box>
      );
    }
    return createElement(Page, props);
  };
  Guarded.displayName = `AdminOnly(${Page.displayName ?? Page.name})`;
  return Guarded;
}
