import MailIcon from '@mui/icons-material/Mail';
import { lazyPage } from '../shared/lazy-page';

const LetterCreate = lazyPage(() => import('./LetterCreate'), 'LetterCreate');
const LetterList = lazyPage(() => import('./LetterList'), 'LetterList');
const LetterShow = lazyPage(() => import('./LetterShow'), 'LetterShow');

export const letters = {
  name: 'letters',
  list: LetterList,
  show: LetterShow,
  create: LetterCreate,
  icon: MailIcon,
  options: { label: 'sro.menu.letters' },
};
