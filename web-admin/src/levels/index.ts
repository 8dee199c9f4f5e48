import TableChartIcon from '@mui/icons-material/TableChart';
import { adminOnly } from '../shared/AdminOnly';
import { lazyPage } from '../shared/lazy-page';

const LevelEdit = lazyPage(() => import('./LevelEdit'), 'LevelEdit');
const LevelList = lazyPage(() => import('./LevelList'), 'LevelList');

export const levels = {
  name: 'levels',
  list: adminOnly(LevelList),
  edit: adminOnly(LevelEdit),
  icon: TableChartIcon,
  options: { label: 'sro.menu.levels' },
};
