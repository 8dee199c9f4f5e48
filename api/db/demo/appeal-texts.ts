import type { AppealCategory } from '../../domain/appeals/appeal-category.js';
import type { AppealDetails } from '../../domain/appeals/appeal-details.schema.js';
import { formatRub } from '../../domain/shared/money.js';
import { formatDate } from '../../domain/shared/sro-calendar.js';
import { atMoscow, moscowDate } from './dates.js';
import { defaultLevel } from './default-level.js';
import type { DemoFile } from './demo-files.js';
import type { Random } from './random.js';
import { SRO_OFFICE } from './russian-addresses.js';
import type { DemoContract } from './seed-contracts.js';
import type { DemoInspection } from './seed-inspections.js';
import type { DemoInsurance } from './seed-insurance.js';
import type { DemoMember } from './seed-members.js';

/** What a member asks in an appeal of a category, with what it attaches, and the SRO's answer or refusal. */
export interface AppealStory {
  appeal: AppealDetails;
  text: string;
  files: DemoFile[];
  answer: { subject: string; paragraphs: string[]; files: DemoFile[] };
  rejection: string;
}

export interface StoryContext {
  member: DemoMember;
  contracts: readonly DemoContract[];
  inspections: readonly DemoInspection[];
  policy: DemoInsurance | undefined;
  date: Date;
  /** A refused appeal; those that must be signed are refused for the missing signature. */
  rejected: boolean;
  random: Random;
}

const ODO_OBLIGATIONS = 'по обязательствам по договорам, заключённым с использованием конкурентных способов';
const SIGNATURE_MISSING =
  'Заявление не подписано электронной подписью лица, его подписавшего (п. 3.2.1 Регламента).';

function registryExtract(member: DemoMember, date: Date): DemoFile {
  return {
    filename: 'Выписка из реестра членов СРО.pdf',
    lines: [
      'Выписка из реестра членов саморегулируемой организации',
      `Дата выдачи: ${formatDate(date)}`,
      `Полное наименование: ${member.fullName}`,
      `ИНН: ${member.inn}, ${member.kind === 'legal' ? 'ОГРН' : 'ОГРНИП'}: ${member.ogrn}`,
      `Регистрационный номер в реестре: ${member.registryNumber}, дата приёма: ${formatDate(member.admissionDate)}`,
      `Уровень ответственности КФ ВВ: ${member.levels.vv}; КФ ОДО: ${member.levels.odo ?? 'нет'}`,
    ],
  };
}

const STORIES: Record<AppealCategory, (context: StoryContext) => AppealStory> = {
  inspection: ({ inspections }) => {
    const latest = inspections.at(-1);
    return {
      appeal: { category: 'inspection', details: latest ? { inspectionId: latest._id.toHexString() } : {} },
      text: 'Просим разъяснить, какие документы нужно представить при проверке и можно ли направить их в электронном виде.',
      files: [],
      answer: {
        subject: 'О документах для проверки',
        paragraphs: [
          'Перечень документов приложен к уведомлению о проведении проверки. Документы, представляемые при проверках, ' +
            'принимаются через личный кабинет без электронной подписи (п. 3.2.2 Регламента).',
        ],
        files: [],
      },
      rejection: 'Обращение повторяет ранее направленное; ответ на него уже дан.',
    };
  },
  odo_contracts: ({ contracts }) => {
    const contract = contracts.find((candidate) => candidate.status === 'in_force');
    const about = contract
      ? `договора № ${contract.number} от ${formatDate(contract.date)}`
      : 'договоров подряда';
    return {
      appeal: { category: 'odo_contracts', details: contract ? { contractNumber: contract.number } : {} },
      text: `Направляем документы об исполнении ${about}: акт о приёмке выполненных работ (КС-2) и справку о стоимости работ (КС-3).`,
      files: [
        { filename: 'Акт КС-2 и справка КС-3.pdf', lines: ['Акт о приёмке выполненных работ (КС-2)', about] },
      ],
      answer: {
        subject: 'О документах по договору подряда',
        paragraphs: ['Документы приняты; сведения об исполнении договора внесены в журнал контроля ОДО.'],
        files: [],
      },
      rejection: 'Приложенные файлы не открываются; направьте документы повторно.',
    };
  },
  level_change: ({ member }) => {
    const current = member.levels.odo;
    const requested = Math.min((current ?? 0) + 1, 5);
    const extra =
      defaultLevel('odo', requested).contribution - (current ? defaultLevel('odo', current).contribution : 0);
    return {
      appeal: { category: 'level_change', details: { fund: 'odo', requestedLevel: requested } },
      text: current
        ? `Прошу повысить уровень ответственности ${ODO_OBLIGATIONS} до ${requested} уровня. Заявление прилагаю.`
        : `Прошу установить ${requested} уровень ответственности ${ODO_OBLIGATIONS}. Заявление прилагаю.`,
      files: [],
      answer: {
        subject: 'Об изменении уровня ответственности',
        paragraphs: [
          `Для перехода на ${requested} уровень ответственности необходимо внести в КФ ОДО ${formatRub(extra)}. ` +
            'После поступления взноса заявление будет рассмотрено на заседании Совета СРО.',
        ],
        files: [],
      },
      rejection: SIGNATURE_MISSING,
    };
  },
  work_right_change: ({ member }) => {
    const dangerous = member.objectKinds.includes('dangerous');
    return {
      appeal: {
        category: 'work_right_change',
        details: { objectKinds: dangerous ? ['ordinary'] : ['ordinary', 'dangerous'] },
      },
      text: dangerous
        ? 'Прошу прекратить право выполнять работы на особо опасных, технически сложных и уникальных объектах: ' +
          'такие работы не выполняются. Заявление прилагаю.'
        : 'Прошу предоставить право выполнять работы на особо опасных, технически сложных и уникальных объектах ' +
          '(кроме объектов использования атомной энергии). Заявление прилагаю.',
      files: [],
      answer: {
        subject: 'Об изменении права выполнять работы',
        paragraphs: [
          dangerous
            ? 'Заявление принято; изменения будут внесены в реестр членов СРО после решения Совета СРО.'
            : 'Для рассмотрения заявления представьте сведения не менее чем о трёх специалистах по организации ' +
              'строительства, включённых в НРС. После проверки документов заявление рассмотрит Совет СРО.',
        ],
        files: [],
      },
      rejection: SIGNATURE_MISSING,
    };
  },
  insurance: ({ policy, rejected }) => {
    const number = policy?.policyNumber ?? 'б/н';
    return {
      appeal: { category: 'insurance', details: policy ? { policyNumber: policy.policyNumber } : {} },
      text: `Направляем копию договора страхования гражданской ответственности № ${number}.`,
      files: rejected
        ? []
        : [
            {
              filename: `Договор страхования ${number.replace('/', '-')}.pdf`,
              lines: ['Договор страхования', number],
            },
          ],
      answer: {
        subject: 'О договоре страхования',
        paragraphs: ['Копия договора страхования получена; сведения о договоре внесены в реестр членов СРО.'],
        files: [],
      },
      rejection: 'К обращению не приложена копия договора страхования.',
    };
  },
  registry_extract: ({ member, date, random }) => {
    const copies = random.int(1, 3);
    const electronic = random.chance(0.6);
    return {
      appeal: {
        category: 'registry_extract',
        details: { copies, delivery: electronic ? 'electronic' : 'paper_pickup' },
      },
      text: electronic
        ? 'Прошу предоставить выписку из реестра членов СРО в электронном виде для участия в закупке.'
        : `Прошу подготовить выписку из реестра членов СРО на бумаге (${copies} экз.); заберём её в офисе СРО.`,
      files: [],
      answer: {
        subject: 'Выписка из реестра членов СРО',
        paragraphs: [
          electronic
            ? 'Направляем выписку из реестра членов СРО в электронном виде.'
            : `Выписка из реестра членов СРО (${copies} экз.) подготовлена; её можно получить в офисе СРО по адресу: ` +
              `${SRO_OFFICE}, в рабочие дни с 10:00 до 17:00.`,
        ],
        files: electronic ? [registryExtract(member, date)] : [],
      },
      rejection: 'Обращение повторяет ранее направленное: выписка уже подготовлена.',
    };
  },
  accounting_documents: ({ date, random }) => {
    const year = moscowDate(date).year - 1;
    const [periodFrom, periodTo] = [atMoscow(year, 1, 1, 0), atMoscow(year, 12, 31, 0)];
    const act = random.chance(0.7);
    const title = act ? 'Акт сверки взаимных расчётов' : 'Счёт на оплату членских взносов';
    return {
      appeal: {
        category: 'accounting_documents',
        details: { documents: act ? ['reconciliation_act'] : ['invoice'], periodFrom, periodTo },
      },
      text:
        `Прошу направить ${act ? 'акт сверки взаимных расчётов по членским взносам' : 'счёт на оплату членских взносов'} ` +
        `за период с ${formatDate(periodFrom)} по ${formatDate(periodTo)}.`,
      files: [],
      answer: {
        subject: title,
        paragraphs: [
          'Направляем запрошенные документы. Подписанный экземпляр акта сверки просим вернуть через личный кабинет.',
        ],
        files: [
          {
            filename: `${title}.pdf`,
            lines: [title, `Период: ${formatDate(periodFrom)} — ${formatDate(periodTo)}`],
          },
        ],
      },
      rejection: 'Документы за этот период уже направлены письмом в личный кабинет.',
    };
  },
  other: ({ rejected, random }) => {
    const registryChange = rejected || random.chance(0.5);
    return {
      appeal: { category: 'other', details: { registryChange } },
      text: registryChange
        ? 'Прошу внести изменения в реестр членов СРО в связи со сменой адреса юридического лица. Лист записи ЕГРЮЛ прилагаю.'
        : 'Просим сообщить, проводит ли СРО семинары по изменениям законодательства о закупках.',
      files: registryChange
        ? [
            {
              filename: 'Лист записи ЕГРЮЛ.pdf',
              lines: ['Лист записи Единого государственного реестра юридических лиц'],
            },
          ]
        : [],
      answer: {
        subject: registryChange ? 'О внесении изменений в реестр членов СРО' : 'О семинарах СРО',
        paragraphs: [
          registryChange
            ? 'Изменения внесены в реестр членов СРО.'
            : 'Семинары проводятся ежемесячно; расписание — в календаре событий личного кабинета.',
        ],
        files: [],
      },
      rejection: SIGNATURE_MISSING,
    };
  },
};

export function appealStory(category: AppealCategory, context: StoryContext): AppealStory {
  return STORIES[category](context);
}
