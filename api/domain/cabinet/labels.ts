import type { OdoState } from '../contracts/odo-obligations.js';
import type { ContractStatus, ProcurementKind } from '../contracts/contract.model.js';
import type { EventKind } from '../events/event.model.js';
import type { InspectionKind, InspectionStatus } from '../inspections/inspection.model.js';
import type { InsuranceKind } from '../insurance/insurance-contract.model.js';
import type { LetterDirection, LetterStatus } from '../letters/letter.model.js';
import type { Fund } from '../levels/fund.js';
import type { MemberKind, MemberStatus } from '../members/member.model.js';
import type { ObjectKind, WorkRightStatus } from '../members/work-right.js';
import type { NotificationKind } from '../notifications/notification.model.js';
import type { ReportKind, ReportStatus } from '../reports/report.model.js';

/** Russian names of the codes the cabinet answers with, so that no client keeps its own dictionary. */
export const MEMBER_KIND_LABELS: Record<MemberKind, string> = {
  legal: 'Юридическое лицо',
  individual: 'Индивидуальный предприниматель',
};

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  member: 'Член СРО',
  suspended: 'Право выполнять работы приостановлено',
  excluded: 'Исключён из членов СРО',
};

export const WORK_RIGHT_STATUS_LABELS: Record<WorkRightStatus, string> = {
  active: 'Действует',
  suspended: 'Приостановлено',
};

export const WORK_KIND_LABELS = {
  construction: 'Строительство',
  reconstruction: 'Реконструкция',
  majorRepair: 'Капитальный ремонт',
  demolition: 'Снос',
} as const;
export type WorkKind = keyof typeof WORK_KIND_LABELS;

export const OBJECT_KIND_LABELS: Record<ObjectKind, string> = {
  ordinary:
    'Объекты капитального строительства, кроме особо опасных, технически сложных и уникальных объектов ' +
    'и объектов использования атомной энергии',
  dangerous:
    'Особо опасные, технически сложные и уникальные объекты, кроме объектов использования атомной энергии',
  nuclear: 'Объекты использования атомной энергии',
};

export const FUND_SHORT_LABELS: Record<Fund, string> = { vv: 'КФ ВВ', odo: 'КФ ОДО' };

export const ODO_STATE_LABELS: Record<OdoState, string> = {
  ok: 'В пределах уровня ответственности',
  warning: 'Обязательства близки к предельному размеру',
  exceeded: 'Предельный размер обязательств превышен',
  no_level: 'Нет уровня ответственности по КФ ОДО',
};

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  in_force: 'Действует',
  completed: 'Исполнен',
  terminated: 'Расторгнут',
};

export const PROCUREMENT_LABELS: Record<ProcurementKind, string> = {
  '44-FZ': '44-ФЗ',
  '223-FZ': '223-ФЗ',
  '615-PP': 'Постановление Правительства РФ № 615',
  other: 'Иной конкурентный способ',
};

export const INSPECTION_KIND_LABELS: Record<InspectionKind, string> = {
  planned: 'Плановая',
  unplanned: 'Внеплановая',
};

export const INSPECTION_STATUS_LABELS: Record<InspectionStatus, string> = {
  scheduled: 'Запланирована',
  in_progress: 'Проводится',
  completed: 'Завершена',
  cancelled: 'Отменена',
};

export const INSURANCE_KIND_LABELS: Record<InsuranceKind, string> = {
  civil_liability: 'Страхование гражданской ответственности',
  contract_risk: 'Страхование риска ответственности за нарушение условий договора',
  other: 'Иное страхование',
};

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  general: 'Уведомление',
  maintenance: 'Технические работы',
  reminder: 'Напоминание',
};

export const LETTER_DIRECTION_LABELS: Record<LetterDirection, string> = {
  incoming: 'Входящее',
  outgoing: 'Исходящее',
};

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  sent: 'Отправлено',
  registered: 'Зарегистрировано',
  read: 'Прочитано',
  answered: 'Дан ответ',
};

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  annual_odo_notice:
    'Уведомление о фактическом совокупном размере обязательств по договорам, заключённым ' +
    'с использованием конкурентных способов',
  activity: 'Отчёт о деятельности члена СРО',
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  expected: 'Ожидается',
  submitted: 'Сдан',
  accepted: 'Принят',
  rejected: 'Отклонён',
};

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  seminar: 'Семинар',
  meeting: 'Совещание',
  session: 'Заседание',
  general_assembly: 'Общее собрание',
};
