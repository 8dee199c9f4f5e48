import { InputFile, type InlineKeyboard } from 'grammy';
import { lettersApi, LETTERS_PER_PAGE, type Letter, type LetterAttachment } from '../api/letters-api.js';
import { callbackArgs, pageArg } from '../callback-data/callback-data.js';
import { LETTER_OPEN, LETTER_PUSH, LETTERS_PAGE } from '../callback-data/letters.js';
import type { BotContext } from '../context.js';
import { letterKeyboard, lettersKeyboard } from '../keyboards/letters.js';
import { menuButtonOnly } from '../keyboards/navigation.js';
import { answerClick, showScreen } from '../screen.js';
import { showOrSayMissing } from './missing-object.js';
import { pageWithin } from './page-within.js';
import { letterText, lettersTexts, MAX_UPLOAD_BYTES, splitMessage } from '../texts/letters.js';
import { FeatureComposer } from './feature-composer.js';

/** The list of letters, unread first. */
async function showLetters(ctx: BotContext, page: number): Promise<void> {
  const { list, pages } = await pageWithin((number) => lettersApi.page(ctx, number), page, LETTERS_PER_PAGE);
  if (list.total === 0) return showScreen(ctx, { text: lettersTexts.empty, keyboard: menuButtonOnly() });
  await showScreen(ctx, { text: lettersTexts.pageHeader(list), keyboard: lettersKeyboard(list, pages) });
}

/** A file of the letter as a document with its own name, streamed from the API; too big for a bot: a note. */
function sendAttachment(ctx: BotContext, letter: Letter, file: LetterAttachment, keyboard?: InlineKeyboard) {
  if (file.size > MAX_UPLOAD_BYTES) {
    return ctx.reply(lettersTexts.tooLargeToSend(file.filename, file.size), { reply_markup: keyboard });
  }
  // A supplier, not a stream: a retried upload (e.g. after a 429) downloads the file again.
  const content = new InputFile(() => lettersApi.file(ctx, letter.id, file.fileId), file.filename);
  return ctx.replyWithDocument(content, { reply_markup: keyboard });
}

/** The letter's text (in as many messages as it takes), then its files; the buttons go under the last message. */
async function sendLetter(ctx: BotContext, letter: Letter): Promise<void> {
  const sends = [
    ...splitMessage(letterText(letter)).map(
      (part) => (keyboard?: InlineKeyboard) => ctx.reply(part, { reply_markup: keyboard }),
    ),
    ...letter.attachments.map(
      (file) => (keyboard?: InlineKeyboard) => sendAttachment(ctx, letter, file, keyboard),
    ),
  ];
  const keyboard = letterKeyboard(letter);
  for (const [index, send] of sends.entries()) await send(index === sends.length - 1 ? keyboard : undefined);
}

/** Opens a letter; the API marks it read. From a list or from a push about a new letter. */
async function openLetter(ctx: BotContext, letterId: string): Promise<void> {
  await answerClick(ctx);
  await showOrSayMissing(
    ctx,
    async () => sendLetter(ctx, await lettersApi.read(ctx, letterId)),
    lettersTexts.notFound,
  );
}

export const lettersFeature = new FeatureComposer();
lettersFeature.callbackQuery(LETTERS_PAGE.pattern, (ctx) =>
  showLetters(ctx, pageArg(callbackArgs(ctx.match)[0])),
);
lettersFeature.callbackQuery([LETTER_OPEN.pattern, LETTER_PUSH.pattern], (ctx) =>
  openLetter(ctx, callbackArgs(ctx.match)[0]!),
);
