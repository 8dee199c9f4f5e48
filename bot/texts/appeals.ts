import type { Appeal, AppealPage, AppealSummary } from '../api/appeals-api.js';
import { bold, date, dateTime, escapeHtml, lines, plural } from './format.js';
import { shorten } from './shorten.js';

type AppealStatus = AppealSummary['status'];

/** What each appeal is about, as a noun, so that the journal reads as one list (the regulation titles mix forms). */
const SUBJECTS: Record<AppealSummary['category'], string> = {
  inspection: 'Проверка',
  odo_contracts: 'Договоры подряда и контроль ОДО',
  level_change: 'Изменение уровня ответственности',
  work_right_change: 'Изменение права выполнять работы',
  insurance: 'Договоры страхования',
  registry_extract: 'Выписка из реестра членов СРО',
  accounting_documents: 'Бухгалтерские документы',
  other: 'Другое обращение',
};

const subjectOf = (appeal: AppealSummary) => SUBJECTS[appeal.category] ?? appeal.categoryTitle;

const STATUS_MARKS: Record<AppealStatus, string> = {
  submitted: '🕓',
  registered: '📝',
  in_progress: '⏳',
  answered: '✅',
  rejected: '❌',
};

const COMMENT_LENGTH = 300;
const TEXT_LENGTH = 500;

const isOpen = (status: AppealStatus) => status !== 'answered' && status !== 'rejected';

function historyLine(change: Appeal['statusHistory'][number]): string {
  const comment = change.comment ? `: ${escapeHtml(shorten(change.comment, COMMENT_LENGTH))}` : '';
  return `${STATUS_MARKS[change.status]} ${dateTime(change.at)} — ${escapeHtml(change.statusLabel)}${comment}`;
}

export const appealsTexts = {
  empty: '📨 Обращений пока нет. Подайте первое кнопкой ниже.',
  pageHeader: (page: AppealPage) =>
    lines(
      `📨 ${bold('Журнал обращений')}: ${plural(page.total, 'обращение', 'обращения', 'обращений')}, новые — сверху`,
      '',
      ...page.items.map(
        (appeal) =>
          `${STATUS_MARKS[appeal.status]} ${bold(appeal.registrationNumber)} от ${date(appeal.createdAt)}\n` +
          `${escapeHtml(subjectOf(appeal))} — ${escapeHtml(appeal.statusLabel.toLowerCase())}`,
      ),
    ),
  /** One button of the journal: ✅ ОБР-2026-000123 · Дан ответ */
  button: (appeal: AppealSummary) =>
    `${STATUS_MARKS[appeal.status]} ${appeal.registrationNumber} · ${appeal.statusLabel}`,
  fileNew: '➕ Подать обращение',
  backToAppeals: '‹ К обращениям',
  answerLetter: '✉️ Ответ СРО',
  openAppeal: '📨 Открыть обращение',
  notFound: 'Обращение не найдено. Откройте журнал обращений заново.',
  choose: lines(
    `➕ ${bold('Подать обращение')}`,
    'Через бота подаются простые обращения, которым не нужна электронная подпись. Что нужно?',
  ),
  categories: {
    registry_extract: '📄 Выписка из реестра',
    accounting_documents: '🧾 Бухгалтерские документы',
    other: '✉️ Другое обращение',
  },
  elsewhereButton: '✍️ С электронной подписью и другие',
  elsewhere: lines(
    `✍️ ${bold('Что подаётся в личном кабинете на сайте')}`,
    '',
    'Заявления, которые меняют сведения реестра членов СРО (уровень ответственности, право выполнять работы, ' +
      'адрес и другие сведения), подаются с электронной подписью (ЭЦП) лица, которое их подписывает ' +
      '(п. 3.2.1 Регламента). Бот не может приложить подпись, поэтому такие заявления подаются в личном ' +
      'кабинете на сайте СРО: документ и файл его откреплённой подписи (.sig или .p7s).',
    '',
    'Там же подаются обращения по проверкам, по договорам подряда и документам контроля ОДО и по договорам ' +
      'страхования — с документами к ним.',
    '',
    'Через бота можно заказать выписку из реестра, запросить бухгалтерские документы и отправить другое ' +
      'обращение, которое не меняет сведения реестра.',
  ),
};

/** An appeal: where it stands, who works on it and what happened to it. */
export function appealText(appeal: Appeal): string {
  const files = appeal.files.length;
  return lines(
    `📨 ${bold(`Обращение № ${appeal.registrationNumber}`)}`,
    escapeHtml(subjectOf(appeal)),
    `Статус: ${STATUS_MARKS[appeal.status]} ${escapeHtml(appeal.statusLabel)}`,
    `Подано: ${date(appeal.createdAt)}`,
    isOpen(appeal.status) && `Срок ответа: до ${date(appeal.dueAt)}`,
    appeal.expertName && `Эксперт СРО: ${escapeHtml(appeal.expertName)}`,
    files > 0 && `Приложено: ${plural(files, 'файл', 'файла', 'файлов')}`,
    appeal.text && `\n${escapeHtml(shorten(appeal.text, TEXT_LENGTH))}`,
    '',
    bold('История'),
    ...appeal.statusHistory.map(historyLine),
    appeal.status === 'answered' &&
      appeal.answerLetterId &&
      '\nОтвет СРО пришёл письмом — откройте его кнопкой ниже.',
  );
}
