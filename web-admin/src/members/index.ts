import BusinessIcon from '@mui/icons-material/Business';
import type { StaffMember } from './member';
import { MemberCreate } from './MemberCreate';
import { MemberEdit } from './MemberEdit';
import { MemberList } from './MemberList';
import { MemberShow } from './MemberShow';

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
