import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import { adminOnly } from '../shared/AdminOnly';
import { JobList } from './JobList';

export const jobs = {
  name: 'jobs',
  list: adminOnly(JobList),
  icon: WorkHistoryIcon,
  options: { label: 'sro.menu.jobs' },
};
