import type { Context } from 'grammy';
import { ApiError } from '../api/api-client.js';
import { linkingApi } from '../api/telegram-api.js';
import { CANCEL } from '../callback-data/core.js';
import type { BotConversation } from '../context.js';
import { linkedScreen, linkFailedScreen } from '../features/linking-screens.js';
import { cancelKeyboard } from '../keyboards/navigation.js';
import { accountFromLink, rememberAccount } from '../linked-accounts.js';
import { answerClick, showScreen } from '../screen.js';
import { escapeHtml } from '../texts/format.js';
import { emailTexts } from '../texts/linking.js';

export const LINK_BY_EMAIL_CONVERSATION = 'link-by-email';
/** The code lives 10 minutes; a conversation left longer steps aside for whatever the user does next. */
export const LINK_BY_EMAIL_TIMEOUT_MS = 15 * 60_000;
/** The API allows 5 attempts per code; the conversation never asks more often. */
const MAX_CODE_ATTEMPTS = 5;
/** Malformed answers tolerated in a row before the conversation gives up: it never loops forever. */
const MAX_TRIES = 3;

const parseInn = (text: string) => {
  const inn = text.replace(/\s/g, '');
  return /^\d{10}(\d{2})?$/.test(inn) ? inn : null;
};
const parseEmail = (text: string) => {
  const email = text.trim();
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
};
const parseCode = (text: string) => {
  const code = text.replace(/\s/g, '');
  return /^\d{6}$/.test(code) ? code : null;
};

/** An API answer as plain data: conversations store what `external` returns, and errors do not survive JSON. */
type Outcome<T> = { ok: true; value: T } | { ok: false; status: number; detail: string };

async function outcome<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, status: error.status, detail: error.detail };
    throw error;
  }
}

const isCancel = (ctx: Context) =>
  ctx.callbackQuery?.data === CANCEL.build() || /^\/cancel(@\w+)?$/.test(ctx.message?.text ?? '');

const isOtherAction = (ctx: Context) =>
  ctx.callbackQuery !== undefined || ctx.message?.entities?.[0]?.type === 'bot_command';

const say = (ctx: Context, text: string) =>
  ctx.reply(text, { parse_mode: 'HTML', reply_markup: cancelKeyboard() });

/**
 * The next typed value that `parse` accepts. «Отмена» and /cancel end the conversation; another command or button
 * ends it too and is then handled as usual. Null when the user cancelled or gave up.
 */
async function readAnswer(
  conversation: BotConversation,
  parse: (text: string) => string | null,
  invalid: string,
): Promise<string | null> {
  for (let tries = 1; ; tries += 1) {
    const answer = await conversation.wait();
    if (isCancel(answer)) {
      await answerClick(answer);
      await answer.reply(emailTexts.cancelled);
      return null;
    }
    if (isOtherAction(answer)) await conversation.halt({ next: true });
    const text = answer.message?.text;
    const value = text === undefined ? null : parse(text);
    if (value !== null) return value;
    if (tries === MAX_TRIES) {
      await answer.reply(emailTexts.tooManyTries);
      return null;
    }
    await say(answer, text === undefined ? emailTexts.textExpected : invalid);
  }
}

/** INN → e-mail → the code mailed to the confirmed address; «Отмена» at every step. */
export async function linkByEmail(conversation: BotConversation, ctx: Context): Promise<void> {
  const who = { telegramUserId: ctx.from!.id, chatId: ctx.chat!.id };
  await say(ctx, emailTexts.askInn);
  const inn = await readAnswer(conversation, parseInn, emailTexts.badInn);
  if (inn === null) return;
  await say(ctx, emailTexts.askEmail);
  const email = await readAnswer(conversation, parseEmail, emailTexts.badEmail);
  if (email === null) return;

  const sent = await conversation.external((outer) =>
    outcome(() => linkingApi.requestEmailCode(outer.backend, inn, email, who.telegramUserId)),
  );
  if (!sent.ok) {
    await ctx.reply(escapeHtml(sent.detail), { parse_mode: 'HTML' });
    return;
  }
  await say(ctx, emailTexts.codeSent(sent.value.sentTo));
  for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt += 1) {
    const code = await readAnswer(conversation, parseCode, emailTexts.badCode);
    if (code === null) return;
    const verified = await conversation.external((outer) =>
      outcome(() => linkingApi.verifyEmailCode(outer.backend, { inn, email, code, ...who })),
    );
    if (verified.ok) {
      await conversation.external((outer) => rememberAccount(outer.session, accountFromLink(verified.value)));
      await showScreen(ctx, linkedScreen(verified.value));
      return;
    }
    if (verified.status !== 422) {
      const sroPhone = await conversation.external((outer) => outer.sroPhone);
      await showScreen(ctx, linkFailedScreen(verified.status, verified.detail, sroPhone));
      return;
    }
    await say(ctx, escapeHtml(verified.detail));
  }
}
