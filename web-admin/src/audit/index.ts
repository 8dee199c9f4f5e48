import HistoryIcon from '@mui/icons-material/History';
import { adminOnly } from '../shared/AdminOnly';
import { AuditList } from './AuditList';

export const audit = {
  name: 'audit',
  list: adminOnly(AuditList),
  icon: HistoryIcon,
  options: { label: 'sro.menu.audit' },
};
