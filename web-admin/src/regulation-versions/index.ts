import GavelIcon from '@mui/icons-material/Gavel';
import { adminOnly } from '../shared/AdminOnly';
import { RegulationVersionCreate } from './RegulationVersionCreate';
import { RegulationVersionList } from './RegulationVersionList';

export const regulationVersions = {
  name: 'regulation-versions',
  list: adminOnly(RegulationVersionList),
  create: adminOnly(RegulationVersionCreate),
  icon: GavelIcon,
  options: { label: 'sro.menu.regulation' },
};
