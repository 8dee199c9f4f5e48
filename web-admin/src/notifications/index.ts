import CampaignIcon from '@mui/icons-material/Campaign';
import { NotificationCreate } from './NotificationCreate';
import { NotificationList } from './NotificationList';

export const notifications = {
  name: 'notifications',
  list: NotificationList,
  create: NotificationCreate,
  icon: CampaignIcon,
  options: { label: 'sro.menu.notifications' },
};
