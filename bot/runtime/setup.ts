import type { Bot } from 'grammy';
import type { BotContext } from '../context.js';

/** The updates the bot handles; Telegram sends no others. `my_chat_member`: a user blocked or unblocked the bot. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

/** The commands Telegram's menu button lists. */
const COMMANDS = [
  { command: 'menu', description: 'Главный экран' },
  { command: 'start', description: 'Привязать Telegram или открыть главный экран' },
  { command: 'unlink', description: 'Отвязать Telegram от текущей организации' },
  { command: 'cancel', description: 'Прервать ввод' },
  { command: 'help', description: 'Справка' },
];

/** Before taking updates, in either mode: the bot's identity and its command list. */
export async function prepareBot(bot: Bot<BotContext>): Promise<void> {
  await bot.init();
  await bot.api.setMyCommands(COMMANDS);
}
