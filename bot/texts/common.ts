export const buttons = {
  mainMenu: '🏠 Главное меню',
  back: '‹ Назад',
  cancel: 'Отмена',
  previous: '‹',
  next: '›',
} as const;

/** Whom to call, inside a sentence, with the SRO's phone when it is configured (SRO_PHONE). */
const callSroInline = (phone: string | null) =>
  phone ? `позвоните в СРО: ${phone}.` : 'позвоните в СРО по телефону, указанному на её официальном сайте.';

export const commonTexts = {
  failure: 'Извините, что-то пошло не так. Попробуйте ещё раз через минуту.',
  unknown: 'Не понял сообщение. Выберите раздел в меню или отправьте /help.',
  staleButton: 'Эта кнопка больше не действует. Откройте главное меню: /menu',
  cancelled: 'Отменено.',
  /** Whom to call, as a sentence of its own. */
  callSro: (phone: string | null) => `П${callSroInline(phone).slice(1)}`,
  callSroInline,
  /** The SRO's phone on a line of its own, for texts that already say to contact the SRO. */
  sroPhone: (phone: string | null) =>
    phone ? `📞 Телефон СРО: ${phone}` : '📞 Телефон СРО указан на её официальном сайте.',
  pageCounter: (page: number, pages: number) => `${page} из ${pages}`,
} as const;
