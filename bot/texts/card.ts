import type { Levels, MemberCard, WorkRight } from '../api/cabinet-api.js';
import { bold, date, escapeHtml, lines, rub } from './format.js';

const field = (label: string, value: string | null) => value && `${label}: ${escapeHtml(value)}`;

/** The registry card (regulation §3.1): names, numbers, status, head, addresses, contacts. */
export function cardText(card: MemberCard): string {
  return lines(
    `🏢 ${bold(card.fullName)}`,
    field('Краткое наименование', card.shortName),
    field('ИНН', card.inn),
    field('КПП', card.kpp),
    field(card.ogrnLabel, card.ogrn),
    field('Реестровый номер', card.registryNumber),
    `Принят в члены СРО: ${date(card.admissionDate)}`,
    `Статус: ${escapeHtml(card.statusLabel)} (с ${date(card.statusSince)})`,
    '',
    card.head.fullName &&
      `Руководитель: ${escapeHtml(card.head.fullName)}, ${escapeHtml(card.head.position)}`,
    field('Юридический адрес', card.addresses.legal),
    field('Почтовый адрес', card.addresses.postal),
    field('Фактический адрес', card.addresses.actual),
    field('Телефон', card.contacts.phone),
    field('Эл. почта', card.contacts.email),
    field('Сайт', card.contacts.website),
  );
}

function workRightLines(workRight: WorkRight): string {
  const since = workRight.since ? ` с ${date(workRight.since)}` : '';
  return lines(
    `📜 ${bold('Право выполнять работы')}: ${escapeHtml(workRight.statusLabel.toLowerCase())}${since}`,
    ...workRight.works.map((work) => `${work.allowed ? '✅' : '✖️'} ${escapeHtml(work.label)}`),
    workRight.objectKinds.length > 0 ? 'В отношении объектов:' : 'Виды объектов не указаны.',
    ...workRight.objectKinds.map((kind) => `• ${escapeHtml(kind.label)}`),
  );
}

function fundLines(fund: Levels['funds'][number]): string {
  if (fund.level === null) return `${bold(fund.fundLabel)}: уровня ответственности нет`;
  const cap = fund.unlimited
    ? 'без ограничения'
    : fund.cap !== null &&
      (fund.fund === 'vv' ? `договор до ${rub(fund.cap)}` : `обязательства до ${rub(fund.cap)}`);
  const paid =
    fund.requiredContribution === null
      ? `внесено ${rub(fund.paid)}`
      : `внесено ${rub(fund.paid)} из ${rub(fund.requiredContribution)}`;
  return lines(
    `${bold(fund.fundLabel)}: уровень ${fund.level}${cap ? ` (${cap})` : ''}`,
    `   Взнос: ${paid}`,
    fund.shortfall !== null && fund.shortfall > 0 && `   ⚠️ Не хватает ${rub(fund.shortfall)}`,
  );
}

/** Right to perform work and the responsibility levels in both compensation funds. */
export function rightsText(workRight: WorkRight, levels: Levels): string {
  const needsReview = levels.funds.some((fund) => fund.needsReview);
  return lines(
    workRightLines(workRight),
    '',
    `⚖️ ${bold('Уровни ответственности')}`,
    ...levels.funds.map(fundLines),
    needsReview && '\nПредельные размеры уточняются по действующей редакции ст. 55.16 ГрК РФ.',
  );
}
