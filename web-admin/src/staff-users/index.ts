import BadgeIcon from '@mui/icons-material/Badge';
import { adminOnly } from '../shared/AdminOnly';
import { StaffUserCreate, StaffUserEdit } from './StaffUserForms';
import { StaffUserList } from './StaffUserList';

export const staffUsers = {
  name: 'staff-users',
  list: adminOnly(StaffUserList),
  create: adminOnly(StaffUserCreate),
  edit: adminOnly(StaffUserEdit),
  icon: BadgeIcon,
  options: { label: 'sro.menu.staff_users' },
};
