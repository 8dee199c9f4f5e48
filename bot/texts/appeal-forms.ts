import { bold, escapeHtml, lines, plural } from './format.js';
import { shorten } from './shorten.js';

/** Telegram's cloud Bot API gives bots files up to 20 MB. */
export const MAX_DOWNLOAD_MEGABYTES = 20;

const SUMMARY_TEXT_LENGTH = 700;

/** What the forms of simple appeals say; answers of the user are escaped, the rest is HTML. */
export const appealFormTexts = {
  intro: (title: string, memberName: string) =>
    lines(
      `${bold(title)}`,
      `Организация: ${escapeHtml(memberName)}`,
      'Отменить подачу можно на любом шаге: кнопка «Отмена» или команда /cancel.',
    ),
  titles: {
    registry_extract: '📄 Заказ выписки из реестра членов СРО',
    accounting_documents: '🧾 Запрос бухгалтерских документов',
    other: '✉️ Обращение в СРО',
  },
  askCopies: (min: number, max: number) =>
    `Сколько экземпляров выписки нужно? Нажмите кнопку или отправьте число от ${min} до ${max}.`,
  badNumber: (label: string, min: number, max: number) => `${label} — целое число от ${min} до ${max}.`,
  askDelivery: 'Как получить выписку?',
  commentLabel: 'Комментарий',
  periodLabel: 'Период',
  textLabel: 'Текст обращения',
  period: (from: string, to: string) => `Период: с ${from} по ${to}`,
  pickButton: 'Выберите вариант кнопкой под сообщением.',
  askComment: 'Если нужно что-то уточнить, напишите комментарий одним сообщением. Или нажмите «Пропустить».',
  askDocuments: 'Какие документы нужны? Отметьте один или несколько и нажмите «Готово».',
  nothingChosen: 'Отметьте хотя бы один вариант и нажмите «Готово».',
  askPeriodFrom: 'С какой даты нужны документы? Отправьте дату в виде ДД.ММ.ГГГГ, например 01.01.2026.',
  askPeriodTo: 'По какую дату? Отправьте дату в виде ДД.ММ.ГГГГ, например 31.03.2026.',
  badDate: 'Не понял дату. Отправьте её в виде ДД.ММ.ГГГГ, например 01.01.2026.',
  periodReversed: (from: string) =>
    `Конец периода не может быть раньше его начала (${from}). Отправьте дату не раньше ${from}.`,
  askText:
    'Напишите текст обращения одним сообщением. Если обращение меняет сведения реестра (адрес, уровень ' +
    'ответственности, право выполнять работы), его нужно подписать электронной подписью — такое обращение ' +
    'подаётся в личном кабинете на сайте СРО.',
  textExpected: 'Нужен текст — напишите его сообщением.',
  askFiles: (max: number) =>
    `Приложите документы или фотографии, если они нужны (до ${max} файлов, каждый до ${MAX_DOWNLOAD_MEGABYTES} МБ). ` +
    'Когда закончите — или если файлов нет, — нажмите «Готово».',
  fileAccepted: (filename: string, count: number) =>
    `📎 Файл «${escapeHtml(filename)}» принят (всего ${plural(count, 'файл', 'файла', 'файлов')}). ` +
    'Пришлите ещё или нажмите «Готово».',
  fileTooBig: (filename: string, megabytes: string) =>
    `Файл «${escapeHtml(filename)}» (${megabytes} МБ) больше ${MAX_DOWNLOAD_MEGABYTES} МБ: Telegram не даёт ботам ` +
    'получать такие файлы. Уменьшите его или приложите его в личном кабинете на сайте СРО. ' +
    'Можно прислать другие файлы или нажать «Готово».',
  fileUnavailable: (filename: string) =>
    `Telegram не отдал файл «${filename}» — возможно, он больше ${MAX_DOWNLOAD_MEGABYTES} МБ. Приложите файлы ` +
    'заново или приложите этот файл в личном кабинете на сайте СРО.',
  fileExpected: 'Пришлите документ или фотографию либо нажмите «Готово».',
  filesLimit: (max: number) => `Приложено ${plural(max, 'файл', 'файла', 'файлов')} — это наибольшее число.`,
  photoName: (number: number) => `Фото ${number}.jpg`,
  documentName: (number: number) => `Документ ${number}`,
  summary: (title: string, memberName: string, parts: string[], files: string) =>
    lines(
      bold('🔎 Проверьте обращение перед отправкой'),
      '',
      bold(title),
      `Организация: ${escapeHtml(memberName)}`,
      ...parts,
      files,
    ),
  summaryFiles: (names: string[]) =>
    names.length === 0 ? 'Файлы: нет' : `Файлы: ${names.map((name) => `«${escapeHtml(name)}»`).join(', ')}`,
  summaryText: (label: string, text: string) =>
    `${label}: ${text ? escapeHtml(shorten(text, SUMMARY_TEXT_LENGTH)) : 'нет'}`,
  pickDecision: 'Нажмите «Отправить», «Изменить» или «Отмена».',
  whatToEdit: 'Что изменить?',
  filesField: 'Файлы (приложить заново)',
  sent: (registrationNumber: string) =>
    lines(
      '✅ Обращение отправлено и зарегистрировано.',
      `Регистрационный номер: ${bold(registrationNumber)}`,
      'Ответ СРО придёт письмом — бот сообщит о нём.',
    ),
  notSent: (detail: string) =>
    lines(
      `Обращение не отправлено: ${escapeHtml(detail)}`,
      'Исправьте его кнопкой «Изменить», отправьте ещё раз или отмените.',
    ),
  noAnswer: 'сервис личного кабинета не ответил.',
  notConfirmed: (detail: string) =>
    lines(
      `Не удалось узнать, дошло ли обращение: ${escapeHtml(detail)}`,
      'Нажмите «Отправить» ещё раз — дважды одно обращение подано не будет.',
    ),
  accountChanged: (memberName: string) =>
    `в боте выбрана другая организация, а обращение составлено от имени ${memberName}. ` +
    'Отмените это обращение и подайте его заново.',
  cancelled: 'Подача обращения отменена. Ничего не отправлено.',
  left: 'Подача обращения прервана — обращение не отправлено.',
  exhausted:
    'Подача обращения прервана: слишком много неподходящих ответов. Ничего не отправлено — начните заново.',
  failed: 'Извините, что-то пошло не так, и обращение не отправлено. Попробуйте ещё раз через минуту.',
  formClosed: 'Эта форма уже закрыта. Подать обращение: «Обращения» → «Подать обращение».',
};

export const formButtons = {
  send: '📨 Отправить',
  edit: '✏️ Изменить',
  done: '✅ Готово',
  skip: 'Пропустить',
  back: '‹ Назад',
} as const;
