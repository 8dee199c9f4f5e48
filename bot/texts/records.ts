import type { InspectionPage, InsuranceList } from '../api/cabinet-api.js';
import { bold, date, days, escapeHtml, lines, rub } from './format.js';

type Inspection = InspectionPage['items'][number];
type InsuranceContract = InsuranceList['items'][number];

function inspectionText(inspection: Inspection): string {
  return lines(
    '',
    `${bold(`${inspection.kindLabel} проверка`)}: ${escapeHtml(inspection.statusLabel.toLowerCase())}`,
    `Период: ${date(inspection.periodFrom)} — ${date(inspection.periodTo)}`,
    `Предмет: ${escapeHtml(inspection.subject)}`,
    inspection.actNumber && `Акт № ${escapeHtml(inspection.actNumber)}`,
    inspection.result && `Результат: ${escapeHtml(inspection.result)}`,
    inspection.violationsFound > 0 &&
      `Нарушений: ${inspection.violationsFound}, не устранено: ${inspection.violationsOpen}${inspection.violationsOpen > 0 ? ' ⚠️' : ''}`,
  );
}

export function inspectionsText(page: InspectionPage): string {
  if (page.total === 0) return 'Проверок пока не было.';
  return lines(`🔍 ${bold('Проверки')} (${page.total})`, ...page.items.map(inspectionText));
}

function expiryNote(contract: InsuranceContract): string {
  if (contract.expired) return '⛔ срок действия истёк';
  if (contract.expiresSoon) return `⚠️ истекает через ${days(contract.daysLeft)}`;
  return '✅ действует';
}

function insuranceText(contract: InsuranceContract): string {
  return lines(
    '',
    `${bold(contract.kindLabel)} — ${expiryNote(contract)}`,
    `${escapeHtml(contract.insurer)}, полис № ${escapeHtml(contract.policyNumber)}`,
    `Страховая сумма: ${rub(contract.sumInsured)}`,
    `Срок: ${date(contract.validFrom)} — ${date(contract.validTo)}`,
  );
}

/** One page of the insurance contracts; the API answers them all, the bot pages them for a phone. */
export function insurancePageText(items: InsuranceContract[], total: number, expiringSoon: number): string {
  if (total === 0) return 'Договоров страхования в реестре нет.';
  return lines(
    `🛡 ${bold('Договоры страхования')} (${total})`,
    expiringSoon > 0 && `⚠️ Истекают в ближайшие 30 дней: ${expiringSoon}`,
    ...items.map(insuranceText),
  );
}
