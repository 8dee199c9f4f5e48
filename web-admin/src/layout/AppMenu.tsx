import DashboardIcon from '@mui/icons-material/Dashboard';
import { Chip, Stack } from '@mui/material';
import { Menu, usePermissions, useResourceDefinitions, useTranslate } from 'react-admin';
import { useAppealCounts } from './use-appeal-counts';

/** Resources every staff member works with, then the administrator's own. */
const STAFF_RESOURCES = ['members', 'representatives', 'letters', 'notifications', 'events'];
const ADMIN_RESOURCES = ['audit', 'levels', 'regulation-versions', 'staff-users', 'jobs'];

function InboxLabel() {
  const translate = useTranslate();
  const { data } = useAppealCounts();
  return (
    <Stack direction="row" spacing={1} alignItems="center" component="span">
      <span>{translate('sro.menu.appeals')}</span>
      {data && data.new > 0 && (
        <Chip
          component="span"
          size="small"
          color="info"
          label={data.new}
          title={translate('sro.menu.new_appeals', { smart_count: data.new })}
        />
      )}
      {data && data.overdue > 0 && (
        <Chip
          component="span"
          size="small"
          color="error"
          label={data.overdue}
          title={translate('sro.menu.overdue_appeals', { smart_count: data.overdue })}
        />
      )}
    </Stack>
  );
}

export function AppMenu() {
  const { permissions } = usePermissions();
  const definitions = useResourceDefinitions();
  const registered = (name: string) => name in definitions;
  return (
    <Menu>
      <Menu.ResourceItem name="appeals" primaryText={<InboxLabel />} />
      <Menu.Item to="/dashboard" primaryText="sro.menu.dashboard" leftIcon={<DashboardIcon />} />
      {STAFF_RESOURCES.filter(registered).map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
      {permissions === 'admin' &&
        ADMIN_RESOURCES.filter(registered).map((name) => <Menu.ResourceItem key={name} name={name} />)}
    </Menu>
  );
}
