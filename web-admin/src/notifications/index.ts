import CampaignIcon from '@mui/icons-material/Campaign';
import { lazyPage } from '../shared/lazy-page';

const NotificationCreate = lazyPage(() => import('./NotificationCreate'), 'NotificationCreate');
const NotificationList = lazyPage(() => import('./NotificationList'), 'NotificationList');

export const notifications = {
  name: 'notifications',
  list: NotificationList,
  create: NotificationCreate,
  icon: CampaignIcon,
  options: { label: 'sro.menu.notifications' },
};
