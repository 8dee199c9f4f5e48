import type { ContractPage, Obligations } from '../api/cabinet-api.js';
import { bold, date, escapeHtml, lines, percent, rub } from './format.js';

const STATE_MARKS: Record<Obligations['state'], string> = {
  ok: '✅',
  warning: '⚠️',
  exceeded: '⛔',
  no_level: '⚠️',
};

function usageLines(obligations: Obligations): string {
  if (obligations.state === 'no_level')
    return 'Заключать договоры с использованием конкурентных способов нельзя.';
  if (obligations.cap === null) return 'Предельный размер обязательств: без ограничения.';
  return lines(
    `Предельный размер (уровень ${obligations.level}): ${rub(obligations.cap)}`,
    `Использовано: ${percent(obligations.usagePercent ?? 0)}`,
    obligations.headroom !== null && `Свободно: ${rub(Math.max(0, obligations.headroom))}`,
  );
}

/** Current obligations under competitive contracts against the КФ ОДО cap. */
export function obligationsText(obligations: Obligations): string {
  return lines(
    `📊 ${bold('Обязательства по договорам ОДО')}`,
    `${STATE_MARKS[obligations.state]} ${escapeHtml(obligations.stateLabel)}`,
    '',
    `Действующих договоров: ${obligations.contractsInForce}`,
    `Сумма обязательств: ${rub(obligations.total)}`,
    usageLines(obligations),
    obligations.state === 'warning' &&
      `\nПредупреждение приходит, когда использовано ${percent(obligations.warningThresholdPercent)} предельного размера.`,
  );
}

export function contractsText(page: ContractPage): string {
  if (page.total === 0)
    return 'Действующих договоров, заключённых с использованием конкурентных способов, нет.';
  return lines(
    `📄 ${bold('Действующие договоры')} (${page.total})`,
    ...page.items.map((contract) =>
      lines(
        '',
        `№ ${escapeHtml(contract.number)} от ${date(contract.date)} — ${rub(contract.price)}`,
        `Заказчик: ${escapeHtml(contract.customer.name)}`,
        `Предмет: ${escapeHtml(contract.subject)}`,
        `Способ: ${escapeHtml(contract.procurementLabel)}`,
      ),
    ),
  );
}

export const priceTexts = {
  prompt:
    'Введите цену договора в рублях, например: 25 000 000 или 1 250 000,50.\n' +
    'Я проверю, хватит ли уровня ответственности по КФ ОДО и КФ ВВ.',
  invalid: 'Не получилось прочитать цену. Введите сумму цифрами, например: 25 000 000.',
  button: '🧮 Проверить цену договора',
  contracts: '📄 Договоры',
  again: '🧮 Проверить другую цену',
} as const;

/** The answer to «may we take a contract of this price?». */
export function priceCheckText(obligations: Obligations): string {
  const check = obligations.check!;
  const harmLimit =
    check.harmLevel === null
      ? 'нет уровня ответственности'
      : check.maxContractPrice === null
        ? `уровень ${check.harmLevel}, без ограничения цены`
        : `уровень ${check.harmLevel}, договор до ${rub(check.maxContractPrice)}`;
  return lines(
    `🧮 ${bold(`Договор на ${rub(check.price)}`)}`,
    '',
    `${check.fitsObligations ? '✅' : '⛔'} КФ ОДО: ${check.fitsObligations ? 'укладывается' : 'не укладывается'} в предельный размер обязательств`,
    obligations.headroom !== null && `   Свободно: ${rub(Math.max(0, obligations.headroom))}`,
    `${check.fitsHarmLevel ? '✅' : '⛔'} КФ ВВ: ${harmLimit}`,
    '',
    escapeHtml(check.verdict),
  );
}
