import InboxIcon from '@mui/icons-material/MoveToInbox';
import { AppealList } from './AppealList';
import { AppealShow } from './AppealShow';

export const appeals = {
  name: 'appeals',
  list: AppealList,
  show: AppealShow,
  icon: InboxIcon,
  options: { label: 'sro.menu.appeals' },
};
