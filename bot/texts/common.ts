export const buttons = {
  mainMenu: '🏠 Главное меню',
  back: '‹ Назад',
  cancel: 'Отмена',
  previous: '‹',
  next: '›',
} as const;

export const commonTexts = {
  failure: 'Извините, что-то пошло не так. Попробуйте ещё раз через минуту.',
  unknown: 'Не понял сообщение. Выберите раздел в меню или отправьте /help.',
  staleButton: 'Эта кнопка больше не действует. Откройте главное меню: /menu',
  cancelled: 'Отменено.',
  /** Whom to call, with the SRO's phone when it is configured (SRO_PHONE). */
  callSro: (phone: string | null) =>
    phone ? `Позвоните в СРО: ${phone}.` : 'Позвоните в СРО по телефону, указанному на её официальном сайте.',
  pageCounter: (page: number, pages: number) => `${page} из ${pages}`,
} as const;
