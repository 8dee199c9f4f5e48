import { FUND_SHORT_LABELS, OBJECT_KIND_LABELS } from '../cabinet/labels.js';
import type { AppealCategory } from './appeal-category.js';
import type { AppealDetails } from './appeal-details.schema.js';
import { formatDate } from '../shared/sro-calendar.js';

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

const detailValue = (name: AppealDetailName, value: unknown): string => {
  const options = APPEAL_DETAIL_OPTION_LABELS[name] ?? {};
  if (Array.isArray(value)) return value.map((item) => options[String(item)] ?? String(item)).join(', ');
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  return options[String(value)] ?? String(value);
};

/** An appeal's details as a person reads them: «Количество экземпляров выписки: 2». */
export const describeAppealDetails = (details: Record<string, unknown>) =>
  Object.entries(details)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([name, value]) => ({
      label: APPEAL_DETAIL_LABELS[name as AppealDetailName] ?? name,
      value: detailValue(name as AppealDetailName, value),
    }));
