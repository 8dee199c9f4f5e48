import type { CabinetSummary } from '../api/cabinet-api.js';
import { bold, date, dateTime, days, escapeHtml, lines, percent, rub } from './format.js';

const WARNING_STATES = new Set(['warning', 'exceeded']);

function obligationsLine({ obligations }: CabinetSummary): string {
  if (obligations.state === 'no_level')
    return `📊 Обязательства ОДО: ${rub(obligations.total)} — ${escapeHtml(obligations.stateLabel)}`;
  const mark = WARNING_STATES.has(obligations.state) ? '⚠️' : '📊';
  const usage =
    obligations.cap === null
      ? `${rub(obligations.total)} (уровень без ограничения)`
      : `${rub(obligations.total)} из ${rub(obligations.cap)} (${percent(obligations.usagePercent ?? 0)})`;
  const warning = WARNING_STATES.has(obligations.state) ? `\n   ${escapeHtml(obligations.stateLabel)}` : '';
  return `${mark} Обязательства ОДО: ${usage}${warning}`;
}

function duesLine({ dues }: CabinetSummary): string {
  if (dues.debt <= 0) return '💰 Задолженности по членским взносам нет';
  const overdue = dues.daysOverdue > 0 ? `, просрочка ${days(dues.daysOverdue)}` : '';
  return `💰 Задолженность по членским взносам: ${rub(dues.debt)}${overdue}`;
}

function nextEventLine({ nextEvent }: CabinetSummary): string {
  if (!nextEvent) return '📅 Ближайших событий нет';
  return `📅 ${dateTime(nextEvent.startsAt)} — ${escapeHtml(nextEvent.kindLabel)} «${escapeHtml(nextEvent.title)}»`;
}

/** The main screen: the company's state at a glance, from one summary call. */
export function mainScreenText(summary: CabinetSummary, representativeName: string): string {
  const { company, workRight, letters, appeals } = summary;
  const statusMark = company.status === 'member' ? '✅' : '⛔';
  return lines(
    `🏢 ${bold(company.shortName)}`,
    `Реестровый номер ${escapeHtml(company.registryNumber)}`,
    `${statusMark} ${escapeHtml(company.statusLabel)} с ${date(company.statusSince)}`,
    `Право выполнять работы: ${escapeHtml(workRight.statusLabel.toLowerCase())}`,
    '',
    `✉️ Непрочитанных писем: ${letters.unread}`,
    appeals.open > 0 && `📨 Открытых обращений: ${appeals.open}`,
    duesLine(summary),
    obligationsLine(summary),
    summary.insurance.expiringSoon > 0 &&
      `🛡 Договоров страхования, истекающих в ближайшие 30 дней: ${summary.insurance.expiringSoon}`,
    summary.reports.overdue > 0 && `❗️ Отчётов, не сданных в срок: ${summary.reports.overdue}`,
    nextEventLine(summary),
    '',
    `Вы вошли как ${escapeHtml(representativeName)}.`,
  );
}
