import BadgeIcon from '@mui/icons-material/Badge';
import { adminOnly } from '../shared/AdminOnly';
import { lazyPage } from '../shared/lazy-page';

const StaffUserCreate = lazyPage(() => import('./StaffUserForms'), 'StaffUserCreate');
const StaffUserEdit = lazyPage(() => import('./StaffUserForms'), 'StaffUserEdit');
const StaffUserList = lazyPage(() => import('./StaffUserList'), 'StaffUserList');

export const staffUsers = {
  name: 'staff-users',
  list: adminOnly(StaffUserList),
  create: adminOnly(StaffUserCreate),
  edit: adminOnly(StaffUserEdit),
  icon: BadgeIcon,
  options: { label: 'sro.menu.staff_users' },
};
