import { FUND_SHORT_LABELS, OBJECT_KIND_LABELS } from '../cabinet/labels.js';
import type { AppealCategory } from './appeal-category.js';
import type { AppealDetails } from './appeal-details.schema.js';

type DetailsOf<C extends AppealCategory> = Extract<AppealDetails, { category: C }>['details'];
export type AppealDetailName = { [C in AppealCategory]: keyof DetailsOf<C> & string }[AppealCategory];

/** Russian names of the details each category asks for (appeal-details.schema.ts), for forms and lists. */
export const APPEAL_DETAIL_LABELS: Record<AppealDetailName, string> = {
  inspectionId: 'Проверка (идентификатор из раздела «Проверки»)',
  contractNumber: 'Номер договора',
  fund: 'Компенсационный фонд',
  requestedLevel: 'Запрашиваемый уровень ответственности',
  objectKinds: 'Виды объектов, на которые нужно право',
  policyNumber: 'Номер полиса',
  copies: 'Количество экземпляров выписки',
  delivery: 'Способ получения',
  documents: 'Какие документы нужны',
  periodFrom: 'Начало периода',
  periodTo: 'Конец периода',
  registryChange: 'Обращение меняет сведения реестра (например, адрес)',
};

/** Russian names of the values of the details that are chosen from a list. */
export const APPEAL_DETAIL_OPTION_LABELS: Partial<Record<AppealDetailName, Record<string, string>>> = {
  fund: FUND_SHORT_LABELS,
  objectKinds: OBJECT_KIND_LABELS,
  delivery: {
    electronic: 'Электронный документ в личный кабинет',
    paper_pickup: 'Бумажный экземпляр в офисе СРО',
  },
  documents: {
    reconciliation_act: 'Акт сверки',
    invoice: 'Счёт',
    act: 'Акт',
    other: 'Другой документ',
  },
};
