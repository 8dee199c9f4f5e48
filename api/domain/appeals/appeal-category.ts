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
}

export const APPEAL_CATEGORY_INFO: Record<AppealCategory, AppealCategoryInfo> = {
  inspection: { title: 'По проверке', shortTitle: 'Проверки', signatureRequired: false },
  odo_contracts: {
    title: 'По договорам подряда / документам контроля ОДО',
    shortTitle: 'Контроль ОДО',
    signatureRequired: false,
  },
  level_change: {
    title: 'По изменению уровня ответственности',
    shortTitle: 'Уровень ответственности',
    signatureRequired: true,
  },
  work_right_change: {
    title: 'По изменению права выполнять работы',
    shortTitle: 'Наличие права',
    signatureRequired: true,
  },
  insurance: {
    title: 'По договорам страхования',
    shortTitle: 'Договоры страхования',
    signatureRequired: false,
  },
  registry_extract: {
    title: 'Заказать выписку из реестра членов СРО',
    shortTitle: 'Выписка из реестра',
    signatureRequired: false,
  },
  accounting_documents: {
    title: 'Запросить бухгалтерские документы',
    shortTitle: 'Бухгалтерские документы',
    signatureRequired: false,
  },
  other: { title: 'Остальные обращения', shortTitle: 'Остальные документы', signatureRequired: false },
};

/** Whether the appeal must carry an electronic signature: by category, or an «other» appeal that changes the registry (e.g. an address). */
export function isSignatureRequired(appeal: AppealDetails): boolean {
  if (appeal.category === 'other') return appeal.details.registryChange;
  return APPEAL_CATEGORY_INFO[appeal.category].signatureRequired;
}
