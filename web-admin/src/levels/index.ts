import TableChartIcon from '@mui/icons-material/TableChart';
import { adminOnly } from '../shared/AdminOnly';
import { LevelEdit } from './LevelEdit';
import { LevelList } from './LevelList';

export const levels = {
  name: 'levels',
  list: adminOnly(LevelList),
  edit: adminOnly(LevelEdit),
  icon: TableChartIcon,
  options: { label: 'sro.menu.levels' },
};
