import type { AppealDetails } from './appeal-details.schema.js';

export const APPEAL_CATEGORIES = [
  'inspection',
  'odo_contracts',
  'level_change',
  'work_right_change',
  'insurance',
  'registry_extract',
  'accounting_documents',
  'other',
] as const;
export type AppealCategory = (typeof APPEAL_CATEGORIES)[number];

export interface AppealCategoryInfo {
  /** As the regulation names it (§3.1 «Отправить обращение в СРО»). */
  title: string;
  /** For buttons and lists. */
  shortTitle: string;
  /** Applications that change the registry carry the signer's electronic signature (regulation §3.2.1). */
  signatureRequired: boolean;
  /** A detail that makes an appeal of this category need the signature after all (see isSignatureRequired). */
  signatureRequiredIf: 'registryChange' | null;
  /** Simple requests the Telegram bot may file; it cannot attach a signature, so not those that need one. */
  botAllowed: boolean;
}

export const APPEAL_CATEGORY_INFO: Record<AppealCategory, AppealCategoryInfo> = {
  inspection: {
    title: 'По проверке',
    shortTitle: 'Проверки',
    signatureRequired: false,
    signatureRequiredIf: null,
    botAllowed: false,
  },
  odo_contracts: {
    title: 'По договорам подряда / документам контроля ОДО',
    shortTitle: 'Контроль ОДО',
    signatureRequired: false,
    signatureRequiredIf: null,
    botAllowed: false,
  },
  level_change: {
    title: 'По изменению уровня ответственности',
    shortTitle: 'Уровень ответственности',
    signatureRequired: true,
    signatureRequiredIf: null,
    botAllowed: false,
  },
  work_right_change: {
    title: 'По изменению права выполнять работы',
    shortTitle: 'Наличие права',
    signatureRequired: true,
    signatureRequiredIf: null,
    botAllowed: false,
  },
  insurance: {
    title: 'По договорам страхования',
    shortTitle: 'Договоры страхования',
    signatureRequired: false,
    signatureRequiredIf: null,
    botAllowed: false,
  },
  registry_extract: {
    title: 'Заказать выписку из реестра членов СРО',
    shortTitle: 'Выписка из реестра',
    signatureRequired: false,
    signatureRequiredIf: null,
    botAllowed: true,
  },
  accounting_documents: {
    title: 'Запросить бухгалтерские документы',
    shortTitle: 'Бухгалтерские документы',
    signatureRequired: false,
    signatureRequiredIf: null,
    botAllowed: true,
  },
  other: {
    title: 'Остальные обращения',
    shortTitle: 'Остальные документы',
    signatureRequired: false,
    signatureRequiredIf: 'registryChange',
    botAllowed: true,
  },
};

/** Whether the appeal must carry an electronic signature: by category, or an «other» appeal that changes the registry (e.g. an address). */
export function isSignatureRequired(appeal: AppealDetails): boolean {
  if (appeal.category === 'other') return appeal.details.registryChange;
  return APPEAL_CATEGORY_INFO[appeal.category].signatureRequired;
}
