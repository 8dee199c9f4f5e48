import type { ContributionPage, Dues } from '../api/cabinet-api.js';
import { bold, date, days, escapeHtml, lines, rub } from './format.js';

function debtLines(dues: Dues): string {
  if (dues.debt <= 0) {
    return dues.overpayment > 0
      ? `✅ Задолженности нет, переплата ${rub(dues.overpayment)}`
      : '✅ Задолженности нет';
  }
  return lines(
    `❗️ Задолженность: ${rub(dues.debt)}`,
    dues.overdueAmount > 0 && `Просрочено: ${rub(dues.overdueAmount)} (${days(dues.daysOverdue)})`,
    dues.oldestUnpaidDueDate && `Самый ранний неоплаченный срок: ${date(dues.oldestUnpaidDueDate)}`,
  );
}

/** Membership dues: totals, the debt and the latest accruals and payments. */
export function duesText(dues: Dues): string {
  return lines(
    `💰 ${bold('Членские взносы')}`,
    debtLines(dues),
    `Начислено всего: ${rub(dues.accrued)}, оплачено: ${rub(dues.paid)}`,
    '',
    dues.accruals.length > 0 ? bold('Последние начисления') : 'Начислений пока нет.',
    ...dues.accruals.map(
      (accrual) =>
        `• ${escapeHtml(accrual.periodLabel)}: ${rub(accrual.amount)}, срок ${date(accrual.dueDate)}`,
    ),
    '',
    dues.payments.length > 0 ? bold('Последние платежи') : 'Платежей пока нет.',
    ...dues.payments.map(
      (payment) =>
        `• ${date(payment.paidAt)}: ${rub(payment.amount)}${payment.document ? `, ${escapeHtml(payment.document)}` : ''}`,
    ),
  );
}

export const moneyTexts = { contributions: '🏦 Взносы в компенсационные фонды' } as const;

/** Payments into the compensation funds (КФ ВВ, КФ ОДО), newest first. */
export function contributionsText(page: ContributionPage): string {
  if (page.total === 0) return 'Взносов в компенсационные фонды пока нет.';
  return lines(
    `🏦 ${bold('Взносы в компенсационные фонды')} (${page.total})`,
    ...page.items.map((item) =>
      lines(
        '',
        `${date(item.paidAt)} — ${escapeHtml(item.fundLabel)}: ${rub(item.amount)}`,
        item.purpose && escapeHtml(item.purpose),
        item.document && `Документ: ${escapeHtml(item.document)}`,
      ),
    ),
  );
}
