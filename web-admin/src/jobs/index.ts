import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import { adminOnly } from '../shared/AdminOnly';
import { lazyPage } from '../shared/lazy-page';

const JobList = lazyPage(() => import('./JobList'), 'JobList');

export const jobs = {
  name: 'jobs',
  list: adminOnly(JobList),
  icon: WorkHistoryIcon,
  options: { label: 'sro.menu.jobs' },
};
