import { titleNamesKind } from '../../calendar/event-summary.js';
import { deadlineOf } from '../../cabinet/deadline.js';
import { getObligations } from '../../cabinet/get-obligations.use-case.js';
import { EVENT_KIND_LABELS, REPORT_KIND_LABELS } from '../../cabinet/labels.js';
import { isAboveOdoWarning } from '../../contracts/odo-obligations.js';
import { listDuesAmounts } from '../../finance/dues.repository.js';
import { computeDuesDebt } from '../../finance/dues-debt.js';
import { OUTSTANDING_REPORT_STATUSES } from '../../reports/reports.repository.js';
import { formatRub } from '../../shared/money.js';
import { plural } from '../../shared/russian-plural.js';
import { formatDate } from '../../shared/sro-calendar.js';
import { inDaysText, startsInText } from './days-text.js';
import { OPEN_CABINET, type PushButton, type PushContent, type PushRenderer } from './push-content.js';
import { formatMoscowDateTime } from '../../shared/sro-calendar.js';
import { findEventBrief, findInsuranceBrief, findReportBrief } from './push-subjects.repository.js';

/** The bot's screens a reminder opens with one tap, below the push, which stays (`push:` + the screen's data). */
const OPENS = {
  events: { text: '📅 Мероприятия', callbackData: 'push:events:1' },
  dues: { text: '💳 Взносы и задолженность', callbackData: 'push:dues' },
  insurance: { text: '🛡 Страхование', callbackData: 'push:insurance:1' },
  summary: OPEN_CABINET,
  obligations: { text: '📊 Обязательства по ОДО', callbackData: 'push:odo' },
} satisfies Record<string, PushButton>;

const toPerson = (payload: Record<string, unknown>, rest: Omit<PushContent, 'audience'>): PushContent => ({
  audience: { representativeId: String(payload.representativeId) },
  ...rest,
});

export const eventReminderPush: PushRenderer = async (payload, now) => {
  const event = await findEventBrief(String(payload.eventId));
  if (!event || event.startsAt.getTime() <= now.getTime()) return null;
  const where = [event.location, event.videoUrl && `Видеосвязь: ${event.videoUrl}`]
    .filter(Boolean)
    .join('\n');
  const when = `${startsInText(event.startsAt, now, deadlineOf(event.startsAt, now).daysLeft)}, ${formatMoscowDateTime(event.startsAt)}`;
  return toPerson(payload, {
    setting: 'eventReminders',
    button: OPENS.events,
    text: `Напоминание: ${when} — ${titleNamesKind(event.kind, event.title) ? '' : `${EVENT_KIND_LABELS[event.kind].toLowerCase()} `}«${event.title}».${where ? `\n${where}` : ''}`,
  });
};

export const duesDebtReminderPush: PushRenderer = async (payload, now) => {
  const debt = computeDuesDebt({ ...(await listDuesAmounts(String(payload.memberId))), now });
  if (debt.overdueAmount <= 0) return null;
  const days = `${debt.daysOverdue} ${plural(debt.daysOverdue, ['день', 'дня', 'дней'])}`;
  return toPerson(payload, {
    setting: 'duesDebt',
    button: OPENS.dues,
    text: `Задолженность по членским взносам: ${formatRub(debt.overdueAmount)}, просрочка ${days}. Пожалуйста, оплатите её.`,
  });
};

export const insuranceExpiryReminderPush: PushRenderer = async (payload, now) => {
  const contract = await findInsuranceBrief(String(payload.contractId));
  if (!contract) return null;
  const { daysLeft } = deadlineOf(contract.validTo, now);
  if (daysLeft < 0) return null;
  return toPerson(payload, {
    setting: 'insuranceExpiry',
    button: OPENS.insurance,
    text:
      `Договор страхования № ${contract.policyNumber} (${contract.insurer}) заканчивается ${inDaysText(daysLeft)}, ` +
      `${formatDate(contract.validTo)}. Не забудьте направить в СРО новый договор.`,
  });
};

export const reportDeadlineReminderPush: PushRenderer = async (payload, now) => {
  const report = await findReportBrief(String(payload.reportId));
  if (!report || !OUTSTANDING_REPORT_STATUSES.includes(report.status)) return null;
  const daysLeft = deadlineOf(report.dueAt, now).daysLeft;
  if (daysLeft < 0) return null;
  return toPerson(payload, {
    setting: 'reportDeadlines',
    button: OPENS.summary,
    text: `«${REPORT_KIND_LABELS[report.kind]} за ${report.period} год» — срок сдачи ${inDaysText(daysLeft)}, ${formatDate(report.dueAt)}.`,
  });
};

export const odoUsageReminderPush: PushRenderer = async (payload) => {
  const obligations = await getObligations(String(payload.memberId));
  if (!isAboveOdoWarning(obligations.state)) return null;
  const percent = (obligations.usagePercent ?? 0).toLocaleString('ru-RU');
  const figures = `${formatRub(obligations.total)} из ${formatRub(obligations.cap ?? 0)}, ${percent}%`;
  const text =
    obligations.state === 'exceeded'
      ? `Обязательства по договорам, заключённым конкурентными способами, превысили предельный размер по уровню ` +
        `ответственности КФ ОДО (${figures}). Повысьте уровень ответственности, чтобы заключать новые договоры.`
      : `Обязательства по договорам, заключённым конкурентными способами, близки к предельному размеру по уровню ` +
        `ответственности КФ ОДО (${figures}).`;
  return toPerson(payload, { setting: 'odoUsage', text, button: OPENS.obligations });
};
