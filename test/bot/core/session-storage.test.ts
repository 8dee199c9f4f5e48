import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Bot } from 'grammy';
import type { Update, UserFromGetMe } from 'grammy/types';
import { Redis } from 'ioredis';
import type { BotContext } from '../../../bot/context.js';
import { sessionMiddleware, type SessionData } from '../../../bot/session.js';

const BOT_INFO = { id: 1, is_bot: true, first_name: 'СРО', username: 'sro_test_bot' } as UserFromGetMe;
const USER_ID = 700_000_001;

const textUpdate = (text: string): Update => ({
  update_id: 1,
  message: {
    message_id: 1,
    date: Math.floor(Date.now() / 1000),
    chat: { id: USER_ID, type: 'private', first_name: 'Анна' },
    from: { id: USER_ID, is_bot: false, first_name: 'Анна' },
    text,
  },
});

const account = (memberName: string) => ({
  memberId: randomUUID(),
  memberName,
  representativeName: 'Анна Петрова',
  sessionToken: randomUUID(),
});

describe('sessions in Redis', () => {
  let redis: Redis;
  const prefix = `test:${randomUUID()}:`;
  const key = `${prefix}session:${USER_ID}`;
  const stored = async () => JSON.parse((await redis.get(key))!) as SessionData;

  beforeAll(() => {
    redis = new Redis(process.env.TEST_REDIS_URL!);
  });

  afterAll(async () => {
    await redis.del(key);
    await redis.quit();
  });

  /** A bot whose only handler runs `handle` with the session loaded. */
  const botWith = (handle: (ctx: BotContext) => Promise<void>) => {
    const bot = new Bot<BotContext>('1:test', { botInfo: BOT_INFO });
    bot.use(sessionMiddleware(redis, prefix));
    bot.on('message', handle);
    return bot;
  };

  it('when an update only reads the session, then a change stored meanwhile by another process stays', async () => {
    const first = account('ООО «Первая»');
    await redis.set(key, JSON.stringify({ accounts: [first], currentMemberId: first.memberId }));
    const second = account('ООО «Вторая»');
    const bot = botWith(async (ctx) => {
      expect(ctx.session.currentMemberId).toBe(first.memberId);
      await redis.set(key, JSON.stringify({ accounts: [first, second], currentMemberId: first.memberId }));
    });

    await bot.handleUpdate(textUpdate('/menu'));

    expect((await stored()).accounts.map((known) => known.memberName)).toEqual([
      'ООО «Первая»',
      'ООО «Вторая»',
    ]);
  });

  it('when an update changes the session, then the change is stored', async () => {
    const first = account('ООО «Первая»');
    const second = account('ООО «Вторая»');
    await redis.set(key, JSON.stringify({ accounts: [first, second], currentMemberId: first.memberId }));
    const bot = botWith(async (ctx) => {
      ctx.session.currentMemberId = second.memberId;
    });

    await bot.handleUpdate(textUpdate('Вторая'));

    expect((await stored()).currentMemberId).toBe(second.memberId);
  });

  it('when a new user writes, then the session is created', async () => {
    await redis.del(key);
    const bot = botWith(async (ctx) => {
      expect(ctx.session.accounts).toEqual([]);
    });

    await bot.handleUpdate(textUpdate('/start'));

    expect(await stored()).toEqual({ accounts: [], currentMemberId: null });
  });
});
