import InboxIcon from '@mui/icons-material/MoveToInbox';
import { AppealList } from './AppealList';
import { lazyPage } from '../shared/lazy-page';

const AppealShow = lazyPage(() => import('./AppealShow'), 'AppealShow');

export const appeals = {
  name: 'appeals',
  list: AppealList,
  show: AppealShow,
  icon: InboxIcon,
  options: { label: 'sro.menu.appeals' },
};
