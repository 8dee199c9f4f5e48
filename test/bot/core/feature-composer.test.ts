import { describe, expect, it } from '@jest/globals';
import { Bot } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import type { BotContext } from '../../../bot/context.js';
import { FeatureComposer, joinFeatures } from '../../../bot/features/feature-composer.js';

const BOT_INFO = { id: 1, is_bot: true, first_name: 'СРО', username: 'sro_test_bot' } as UserFromGetMe;
const from = { id: 42, is_bot: false, first_name: 'Анна' };

const textUpdate = (text: string): Update => ({
  update_id: 1,
  message: {
    message_id: 1,
    date: 0,
    chat: { id: 42, type: 'private', first_name: 'Анна' },
    from,
    text,
    ...(text.startsWith('/')
      ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] }
      : {}),
  },
});

const clickUpdate = (data: string): Update => ({
  update_id: 2,
  callback_query: { id: '1', from, chat_instance: '1', data },
});

let seen: string[] = [];
const note = (_ctx: BotContext, what: string) => void seen.push(what);

/** Runs `update` through the features joined, returning the handlers reached in order. */
async function reached(features: FeatureComposer[], update: Update): Promise<string[]> {
  const bot = new Bot<BotContext>('1:test', { botInfo: BOT_INFO });
  seen = [];
  bot.use(joinFeatures(features));
  bot.use(() => void seen.push('после всех'));
  await bot.handleUpdate(update);
  return seen;
}

describe('feature composer', () => {
  it('when an update matches handlers of two features, then only the first registered answers it', async () => {
    const first = new FeatureComposer();
    first.callbackQuery(/^card$/, (ctx) => note(ctx, 'карточка'));
    const second = new FeatureComposer();
    second.callbackQuery(/^card$/, (ctx) => note(ctx, 'повтор'));
    second.command('help', (ctx) => note(ctx, 'справка'));

    expect(await reached([first, second], clickUpdate('card'))).toEqual(['карточка']);
    expect(await reached([first, second], textUpdate('/help'))).toEqual(['справка']);
  });

  it('when a handler calls next, then the update goes on to the handlers after it', async () => {
    const feature = new FeatureComposer();
    feature.on('message', (ctx, next) => {
      note(ctx, 'первый');
      return next();
    });
    feature.command('menu', (ctx) => note(ctx, 'меню'));

    expect(await reached([feature], textUpdate('/menu'))).toEqual(['первый', 'меню']);
    expect(await reached([feature], textUpdate('Добрый день'))).toEqual(['первый', 'после всех']);
  });

  it('when handlers are added to a filter after it was registered, and its predicate is async, then they run', async () => {
    const feature = new FeatureComposer();
    feature
      .on('message:text')
      .filter(async (ctx) => ctx.message.text.startsWith('1'))
      .use((ctx) => note(ctx, `цена ${ctx.message.text}`));

    expect(await reached([feature], textUpdate('1500000'))).toEqual(['цена 1500000']);
    expect(await reached([feature], textUpdate('много'))).toEqual(['после всех']);
  });

  it('when a command carries a payload, then the handler sees it as the match', async () => {
    const feature = new FeatureComposer();
    feature.command('start', (ctx) => note(ctx, `код ${String(ctx.match)}`));

    expect(await reached([feature], textUpdate('/start abc123'))).toEqual(['код abc123']);
  });
});
