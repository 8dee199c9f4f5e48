import BusinessIcon from '@mui/icons-material/Business';
import type { StaffMember } from './member';
import { lazyPage } from '../shared/lazy-page';

const MemberCreate = lazyPage(() => import('./MemberCreate'), 'MemberCreate');
const MemberEdit = lazyPage(() => import('./MemberEdit'), 'MemberEdit');
const MemberList = lazyPage(() => import('./MemberList'), 'MemberList');
const MemberShow = lazyPage(() => import('./MemberShow'), 'MemberShow');

export const members = {
  name: 'members',
  list: MemberList,
  show: MemberShow,
  edit: MemberEdit,
  create: MemberCreate,
  icon: BusinessIcon,
  recordRepresentation: (member: StaffMember) => member.shortName,
  options: { label: 'sro.members.menu' },
};
