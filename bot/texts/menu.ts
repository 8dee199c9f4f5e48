/** Labels of the main menu's buttons. */
export const menuTexts = {
  card: '🏢 Карточка',
  rights: '📜 Права и уровни',
  obligations: '📊 Обязательства ОДО',
  dues: '💰 Взносы',
  letters: (unread: number) => (unread > 0 ? `✉️ Письма (${unread})` : '✉️ Письма'),
  appeals: '📨 Обращения',
  inspections: '🔍 Проверки',
  insurance: '🛡 Страхование',
  events: '📅 События',
  settings: '⚙️ Настройки',
  help: '❓ Помощь',
  switchAccount: '🔄 Сменить организацию',
} as const;
