/** A Telegram user and the private chat with the bot where that user's pushes go. */
export interface TelegramChat {
  telegramUserId: number;
  chatId: number;
}
