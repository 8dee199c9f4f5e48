import BadgeIcon from '@mui/icons-material/Badge';
import { lazyPage } from '../shared/lazy-page';

const RepresentativeCreate = lazyPage(() => import('./RepresentativeCreate'), 'RepresentativeCreate');
const RepresentativeList = lazyPage(() => import('./RepresentativeList'), 'RepresentativeList');
const RepresentativeShow = lazyPage(() => import('./RepresentativeShow'), 'RepresentativeShow');

export const representatives = {
  name: 'representatives',
  list: RepresentativeList,
  show: RepresentativeShow,
  create: RepresentativeCreate,
  icon: BadgeIcon,
  recordRepresentation: 'fullName',
  options: { label: 'sro.representatives.menu' },
};
