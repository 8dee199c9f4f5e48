import { GrammyError, InlineKeyboard, type Context } from 'grammy';
import { FORM_PREFIX } from '../callback-data/appeals.js';
import { CANCEL } from '../callback-data/core.js';
import type { BotContext, BotConversation } from '../context.js';
import { answerClick } from '../screen.js';
import { buttons } from '../texts/common.js';

/** Updates one form takes in all (answers, files, edits): a conversation stores each, so it must stay short. */
const MAX_UPDATES = 60;
/** Unsuitable answers to one question before the form gives up. */
const MAX_TRIES = 5;

/** «Отмена» or /cancel. */
export class FormCancelled extends Error {}
/** Another command or a button of another screen: the user went elsewhere. */
export class FormLeft extends Error {}
/** Too many unsuitable answers, or too long a form. */
export class FormExhausted extends Error {}

/** What an answer gave: the value, a reason to ask again, or nothing yet (e.g. a toggled choice). */
export type Reading<T> = { value: T } | { retry: string } | { stay: true };

const isCancel = (ctx: Context) =>
  ctx.callbackQuery?.data === CANCEL.build() || /^\/cancel(@\w+)?$/.test(ctx.message?.text?.trim() ?? '');

const isCommand = (ctx: Context) =>
  ctx.message?.entities?.some((e) => e.type === 'bot_command' && e.offset === 0);

const isOtherScreen = (ctx: Context) =>
  ctx.callbackQuery !== undefined && !ctx.callbackQuery.data?.startsWith(FORM_PREFIX);

/** A form's buttons with «Отмена» under them. */
const withCancel = (keyboard?: InlineKeyboard) =>
  InlineKeyboard.from([
    ...(keyboard?.inline_keyboard ?? []),
    [InlineKeyboard.text(buttons.cancel, CANCEL.build())],
  ]);

/** Buttons that change as the user answers (a multiple choice) are drawn anew for every message. */
type Buttons = InlineKeyboard | (() => InlineKeyboard) | undefined;
const draw = (keyboard: Buttons) => (typeof keyboard === 'function' ? keyboard() : keyboard);

/**
 * A question-and-answer channel of a form inside a conversation; every question offers «Отмена».
 *
 * Messages go out through the bot's own API client (`external` with the outer context), which throttles and waits
 * out 429s; the conversation's replay API has neither, and a retry inside a replay would wait again on every update.
 */
export class FormInput {
  private updates = 0;

  constructor(private readonly conversation: BotConversation) {}

  private async call(task: (outer: BotContext) => Promise<unknown>): Promise<void> {
    await this.conversation.external(async (outer) => {
      await task(outer);
    });
  }

  /** A question (HTML) with its buttons, «Отмена» under them. */
  say(text: string, keyboard?: InlineKeyboard): Promise<void> {
    return this.call((outer) =>
      outer.reply(text, { parse_mode: 'HTML', reply_markup: withCancel(keyboard) }),
    );
  }

  /** A message without «Отмена» (results, refusals). */
  tell(text: string, keyboard?: InlineKeyboard): Promise<void> {
    return this.call((outer) => outer.reply(text, { parse_mode: 'HTML', reply_markup: keyboard }));
  }

  /** Redraws the buttons of the question just clicked; an old copy may already show them as they are. */
  redraw(keyboard: InlineKeyboard): Promise<void> {
    return this.call((outer) =>
      outer.editMessageReplyMarkup({ reply_markup: withCancel(keyboard) }).catch((error: unknown) => {
        if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
      }),
    );
  }

  /** The user's next update in the form; a click is answered at once. */
  async next(): Promise<Context> {
    const answer = await this.conversation.wait();
    const cancel = isCancel(answer);
    // whatever handles the other command or button answers its click
    if (!cancel && (isCommand(answer) || isOtherScreen(answer))) throw new FormLeft();
    if (answer.callbackQuery) await this.call((outer) => answerClick(outer));
    if (cancel) throw new FormCancelled();
    this.updates += 1;
    if (this.updates > MAX_UPDATES) throw new FormExhausted();
    return answer;
  }

  /** Asks `text` and reads answers until one gives a value; an unsuitable one is explained and asked again. */
  async ask<T>(
    text: string,
    keyboard: Buttons,
    read: (answer: Context) => Reading<T> | Promise<Reading<T>>,
  ): Promise<T> {
    await this.say(text, draw(keyboard));
    for (let tries = 0; tries < MAX_TRIES;) {
      const reading = await read(await this.next());
      if ('value' in reading) return reading.value;
      if ('retry' in reading) {
        tries += 1;
        await this.say(reading.retry, draw(keyboard));
      }
    }
    throw new FormExhausted();
  }
}
