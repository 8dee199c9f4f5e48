/** Records a member keeps in the registry, named in the audit log by these words (genitive plural, singular). */
const MEMBER_RECORD_NOUNS = {
  inspection: ['проверок', 'проверки'],
  fund_contribution: ['взносов в компенсационные фонды', 'взноса в компенсационный фонд'],
  dues_accrual: ['начислений членских взносов', 'начисления членского взноса'],
  dues_payment: ['оплат членских взносов', 'оплаты членского взноса'],
  contract: ['договоров подряда', 'договора подряда'],
  insurance_contract: ['договоров страхования', 'договора страхования'],
  report: ['отчётов', 'отчёта'],
  specialist: ['специалистов', 'специалиста'],
} as const;

export type MemberRecordName = keyof typeof MEMBER_RECORD_NOUNS;
type MemberRecordAction = `${MemberRecordName}.${'read' | 'created' | 'updated' | 'deleted'}`;

const memberRecordLabels = Object.fromEntries(
  Object.entries(MEMBER_RECORD_NOUNS).flatMap(([name, [many, one]]) => [
    [`${name}.read`, `Просмотр ${many}`],
    [`${name}.created`, `Добавление ${one}`],
    [`${name}.updated`, `Изменение ${one}`],
    [`${name}.deleted`, `Удаление ${one}`],
  ]),
) as Record<MemberRecordAction, string>;

/** Every action the audit log records, with what the journal calls it. */
export const AUDIT_ACTION_LABELS = {
  'dashboard.read': 'Просмотр сводки',
  'member.list': 'Просмотр реестра',
  'member.read': 'Просмотр карточки члена СРО',
  'member.standing_read': 'Просмотр взносов и фондов члена СРО',
  'member.created': 'Приём в члены СРО',
  'member.updated': 'Изменение карточки члена СРО',
  'member.levels_changed': 'Изменение уровней ответственности',
  'member.status_changed': 'Изменение статуса членства',
  'member.work_right_changed': 'Изменение права выполнять работы',
  ...memberRecordLabels,
  'representative.listed': 'Просмотр представителей',
  'representative.read': 'Просмотр представителя',
  'representative.created': 'Добавление представителя',
  'representative.activation_resent': 'Повторная отправка приглашения',
  'representative.suspended': 'Приостановка доступа представителя',
  'representative.restored': 'Восстановление доступа представителя',
  'representative.telegram_link_issued': 'Выдача ссылки для привязки Telegram',
  'representative.telegram_unlinked': 'Отвязка Telegram',
  'appeal.read': 'Просмотр обращения',
  'appeal.file_read': 'Скачивание файла обращения',
  'appeal.assigned': 'Назначение исполнителя обращения',
  'appeal.status_changed': 'Изменение статуса обращения',
  'appeal.answered': 'Ответ на обращение',
  'letter.read': 'Просмотр письма',
  'letter.file_read': 'Скачивание файла письма',
  'letter.sent': 'Отправка письма',
  'letter.deliveries_read': 'Просмотр доставки письма',
  'notification.sent': 'Рассылка уведомления',
  'notification.deliveries_read': 'Просмотр доставки уведомления',
  'event.created': 'Создание мероприятия',
  'event.updated': 'Изменение мероприятия',
  'event.deleted': 'Удаление мероприятия',
  'responsibility_level.updated': 'Изменение уровня ответственности в справочнике',
  'regulation_version.published': 'Публикация редакции регламента',
  'staff_user.read': 'Просмотр учётной записи сотрудника',
  'staff_user.created': 'Создание учётной записи сотрудника',
  'staff_user.updated': 'Изменение учётной записи сотрудника',
  'job.retried': 'Повтор фоновой задачи',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as [AuditAction, ...AuditAction[]];

/** What the journal calls an action; an action no longer recorded keeps its code. */
export const auditActionLabel = (action: string): string =>
  (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
