import BadgeIcon from '@mui/icons-material/Badge';
import { RepresentativeCreate } from './RepresentativeCreate';
import { RepresentativeList } from './RepresentativeList';
import { RepresentativeShow } from './RepresentativeShow';

export const representatives = {
  name: 'representatives',
  list: RepresentativeList,
  show: RepresentativeShow,
  create: RepresentativeCreate,
  icon: BadgeIcon,
  recordRepresentation: 'fullName',
  options: { label: 'sro.representatives.menu' },
};
