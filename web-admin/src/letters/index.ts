import MailIcon from '@mui/icons-material/Mail';
import { LetterCreate } from './LetterCreate';
import { LetterList } from './LetterList';
import { LetterShow } from './LetterShow';

export const letters = {
  name: 'letters',
  list: LetterList,
  show: LetterShow,
  create: LetterCreate,
  icon: MailIcon,
  options: { label: 'sro.menu.letters' },
};
