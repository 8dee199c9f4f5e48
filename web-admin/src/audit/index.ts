import HistoryIcon from '@mui/icons-material/History';
import { adminOnly } from '../shared/AdminOnly';
import { lazyPage } from '../shared/lazy-page';

const AuditList = lazyPage(() => import('./AuditList'), 'AuditList');

export const audit = {
  name: 'audit',
  list: adminOnly(AuditList),
  icon: HistoryIcon,
  options: { label: 'sro.menu.audit' },
};
