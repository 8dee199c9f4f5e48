import type { OdoObligations } from '../../domain/contracts/odo-obligations.js';
import type { DuesDebt } from '../../domain/finance/dues-debt.js';
import { formatRub } from '../../domain/shared/money.js';
import { plural } from '../../domain/shared/russian-plural.js';
import { formatDate } from '../../domain/shared/sro-calendar.js';
import { addDays } from './dates.js';
import { salutation, signatureName } from './russian-names.js';
import type { DemoInspection } from './seed-inspections.js';
import type { DemoInsurance } from './seed-insurance.js';
import type { DemoMember } from './seed-members.js';
import type { DemoStaff } from './seed-staff.js';

export interface LetterText {
  subject: string;
  text: string;
}

const DAYS = ['день', 'дня', 'дней'] as const;
const percent = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A letter of the SRO: the greeting of the member's head, the body, the expert's signature. */
export function fromSro(member: DemoMember, expert: DemoStaff, paragraphs: readonly string[]): string {
  const signature = `С уважением,\nэксперт СРО ${signatureName(expert.person)}`;
  return [salutation(member.head), ...paragraphs, signature].join('\n\n');
}

/** A letter of the member, signed by its head. */
export function fromMember(member: DemoMember, paragraphs: readonly string[]): string {
  const signer = member.kind === 'legal' ? `${member.headPosition} ${member.shortName}` : member.headPosition;
  return [...paragraphs, `${signer}\n${signatureName(member.head)}`].join('\n\n');
}

const kindOf = (inspection: DemoInspection) => (inspection.kind === 'planned' ? 'плановой' : 'внеплановой');

export function inspectionNotice(
  member: DemoMember,
  inspection: DemoInspection,
  expert: DemoStaff,
): LetterText {
  return {
    subject: `О проведении ${kindOf(inspection)} проверки`,
    text: fromSro(member, expert, [
      `Сообщаем, что с ${formatDate(inspection.periodFrom)} по ${formatDate(inspection.periodTo)} СРО проводит ` +
        `${inspection.kind === 'planned' ? 'плановую' : 'внеплановую'} документарную проверку. ` +
        `Проверяемое лицо: ${member.shortName}.`,
      `Предмет проверки: ${lowerFirst(inspection.subject)}.`,
      'Просим в течение пяти рабочих дней со дня начала проверки направить через личный кабинет документы по ' +
        'перечню во вложении. Документы, представляемые при проверках, принимаются без электронной подписи ' +
        '(п. 3.2.2 Регламента).',
    ]),
  };
}

export const INSPECTION_DOCUMENTS = [
  'Перечень документов для проверки',
  '1. Договоры строительного подряда, заключённые с использованием конкурентных способов, и акты о приёмке работ.',
  '2. Сведения о специалистах, включённых в НРС, с копиями трудовых договоров.',
  '3. Действующий договор страхования гражданской ответственности.',
  '4. Документы о повышении квалификации специалистов.',
];

export function inspectionResult(
  member: DemoMember,
  inspection: DemoInspection,
  expert: DemoStaff,
): LetterText {
  const found = inspection.violations.map((violation) => `— ${violation.description};`);
  return {
    subject: `О результатах ${kindOf(inspection)} проверки`,
    text: fromSro(member, expert, [
      `Направляем акт проверки № ${inspection.actNumber} от ${formatDate(inspection.periodTo)}. ${inspection.result}`,
      ...(found.length > 0
        ? [
            `Выявленные нарушения:\n${found.join('\n')}`,
            'Документы, подтверждающие устранение нарушений, просим направить через личный кабинет.',
          ]
        : []),
    ]),
  };
}

export function duesReminder(member: DemoMember, debt: DuesDebt, date: Date, expert: DemoStaff): LetterText {
  return {
    subject: 'Об уплате членских взносов',
    text: fromSro(member, expert, [
      `По данным бухгалтерского учёта СРО на ${formatDate(date)} задолженность по членским взносам составляет ` +
        `${formatRub(debt.debt)}, просрочка — ${debt.daysOverdue} ${plural(debt.daysOverdue, DAYS)}.`,
      'Просим погасить задолженность в течение десяти рабочих дней. Напоминаем, что неоднократная в течение одного ' +
        'года неуплата членских взносов — основание для исключения из членов СРО (п. 2 ч. 2 ст. 55.7 ГрК РФ).',
    ]),
  };
}

export function duesGuarantee(member: DemoMember, debt: DuesDebt, date: Date): LetterText {
  return {
    subject: 'Гарантийное письмо о погашении задолженности по членским взносам',
    text: fromMember(member, [
      `Гарантируем погашение задолженности по членским взносам в размере ${formatRub(debt.debt)} в срок до ` +
        `${formatDate(addDays(date, 20))}. Задержка оплаты вызвана несвоевременным расчётом заказчика по договору.`,
    ]),
  };
}

export function odoWarning(member: DemoMember, obligations: OdoObligations, expert: DemoStaff): LetterText {
  const exceeded = obligations.state === 'exceeded';
  const level = `${member.levels.odo} уровню ответственности в КФ ОДО (${formatRub(obligations.cap ?? 0)})`;
  const preamble =
    `По данным журнала договоров совокупный размер обязательств по договорам, заключённым с ` +
    `использованием конкурентных способов, составляет ${formatRub(obligations.total)}`;
  return {
    subject: exceeded
      ? 'О превышении предельного размера обязательств по договорам, заключённым с использованием конкурентных способов'
      : 'О приближении к предельному размеру обязательств по договорам, заключённым с использованием конкурентных способов',
    text: fromSro(member, expert, [
      exceeded
        ? `${preamble}, что превышает предельный размер, соответствующий ${level}.`
        : `${preamble} — ${percent.format(obligations.usagePercent ?? 0)} % предельного размера, соответствующего ${level}.`,
      exceeded
        ? 'Необходимо внести дополнительный взнос в КФ ОДО до уровня ответственности, соответствующего фактическому ' +
          'совокупному размеру обязательств, и подать заявление об изменении уровня. Назначена внеплановая проверка.'
        : 'Прежде чем заключать новые договоры, рекомендуем повысить уровень ответственности и внести ' +
          'дополнительный взнос в КФ ОДО.',
    ]),
  };
}

export function insuranceExpiring(member: DemoMember, policy: DemoInsurance, expert: DemoStaff): LetterText {
  return {
    subject: 'Об окончании срока действия договора страхования',
    text: fromSro(member, expert, [
      `Срок действия договора страхования гражданской ответственности № ${policy.policyNumber} (страховщик — ` +
        `${policy.insurer}) истекает ${formatDate(policy.validTo)}.`,
      'Просим не позднее этой даты направить в СРО копию нового договора страхования: работа без действующего ' +
        'договора — основание для применения мер дисциплинарного воздействия.',
    ]),
  };
}

export function insuranceCopy(member: DemoMember, policy: DemoInsurance): LetterText {
  return {
    subject: 'О направлении копии договора страхования',
    text: fromMember(member, [
      `Направляем копию договора страхования гражданской ответственности № ${policy.policyNumber}, заключённого ` +
        `со страховщиком ${policy.insurer} на срок с ${formatDate(policy.validFrom)} по ${formatDate(policy.validTo)}.`,
    ]),
  };
}

export function statusChange(member: DemoMember, expert: DemoStaff): LetterText {
  const excluded = member.status === 'excluded';
  return {
    subject: excluded ? 'Об исключении из членов СРО' : 'О приостановлении права осуществлять строительство',
    text: fromSro(member, expert, [
      excluded
        ? `Сообщаем, что ${formatDate(member.statusSince)} Советом СРО принято решение об исключении из членов СРО.`
        : `Сообщаем, что ${formatDate(member.statusSince)} приостановлено право осуществлять строительство, ` +
          'реконструкцию, капитальный ремонт и снос объектов капитального строительства — до устранения нарушений.',
      `Основание — ${lowerFirst(member.statusReason ?? '')}.`,
      excluded
        ? 'Доступ к личному кабинету члена СРО прекращается (п. 1.4 Регламента).'
        : 'Документы, подтверждающие устранение нарушений, просим направить через личный кабинет.',
    ]),
  };
}

export function specialistsRequest(member: DemoMember, date: Date, expert: DemoStaff): LetterText {
  return {
    subject: 'Об актуализации сведений о специалистах',
    text: fromSro(member, expert, [
      `Просим до ${formatDate(addDays(date, 14))} подтвердить сведения о специалистах по организации строительства, ` +
        'включённых в НРС, или сообщить об изменениях по форме во вложении.',
    ]),
  };
}

export const SPECIALISTS_FORM = [
  'Сведения о специалистах по организации строительства',
  'ФИО; должность; идентификационный номер в НРС; дата приёма на работу; вид трудового договора',
];

export function specialistsReply(member: DemoMember): LetterText {
  return {
    subject: 'Об актуализации сведений о специалистах',
    text: fromMember(member, [
      'Направляем сведения о специалистах по форме; изменений в составе специалистов нет.',
    ]),
  };
}
