import polyglotI18nProvider from 'ra-i18n-polyglot';
import russianMessages from 'ra-language-russian';
import { mergeTranslations } from 'react-admin';
import { sroMessages } from './ru';

export const i18nProvider = polyglotI18nProvider(
  () => mergeTranslations(russianMessages, sroMessages),
  'ru',
  [{ locale: 'ru', name: 'Русский' }],
);
