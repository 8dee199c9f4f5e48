import GavelIcon from '@mui/icons-material/Gavel';
import { adminOnly } from '../shared/AdminOnly';
import { lazyPage } from '../shared/lazy-page';

const RegulationVersionCreate = lazyPage(
  () => import('./RegulationVersionCreate'),
  'RegulationVersionCreate',
);
const RegulationVersionList = lazyPage(() => import('./RegulationVersionList'), 'RegulationVersionList');

export const regulationVersions = {
  name: 'regulation-versions',
  list: adminOnly(RegulationVersionList),
  create: adminOnly(RegulationVersionCreate),
  icon: GavelIcon,
  options: { label: 'sro.menu.regulation' },
};
