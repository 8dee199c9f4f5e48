import { describe, expect, it } from '@jest/globals';
import { botAnswer, buttonsOf, newTelegramUser, useBotHarness, type TestUser } from './bot-harness.js';
import { linkThroughDeepLink, representativeWithLink } from './linking-fixtures.js';

describe('bot: failures along the way', () => {
  const harness = useBotHarness();

  const say = (user: TestUser, text: string, expected?: RegExp | string) =>
    botAnswer(harness.telegram, user, () => harness.telegram.userSends(text, user), expected);

  it('when a handler fails on an unreadable API answer, then the user gets an apology and the next update is answered', async () => {
    const { member, token } = await representativeWithLink(harness.api);
    const user = newTelegramUser();
    await linkThroughDeepLink(harness, user, token);
    harness.faults.garbleNext('/cabinet/summary');

    const apology = await say(user, '/menu', /./);

    expect(apology.text).toBe('Извините, что-то пошло не так. Попробуйте ещё раз через минуту.');
    expect(buttonsOf(apology)).toEqual({ '🏠 Главное меню': 'menu' });
    expect((await say(user, '/menu', /./)).text).toContain(member.shortName);
  });

  it('when Telegram refuses the reply itself, then the bot apologises instead and keeps going', async () => {
    const user = newTelegramUser();
    harness.telegram.failNext('sendMessage', {
      error_code: 400,
      description: 'Bad Request: message text is empty',
    });

    const apology = await say(user, '/help', /./);

    expect(apology.text).toBe('Извините, что-то пошло не так. Попробуйте ещё раз через минуту.');
    expect((await say(user, '/help', /./)).text).toContain('Бот личного кабинета члена СРО');
  });

  it('when the Bot API answers 429 twice, then the reply still arrives, exactly once', async () => {
    const user = newTelegramUser();
    const flood = {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    };
    harness.telegram.failNext('sendMessage', flood, 2);
    const since = harness.telegram.calls.length;

    await say(user, '/start', 'Войти по e-mail');

    const attempts = harness.telegram.calls.slice(since).filter((call) => call.method === 'sendMessage');
    expect(attempts.map((call) => call.status)).toEqual([429, 429, 200]);
    const welcomes = harness.telegram
      .sentMessages(user.id)
      .filter((message) => message.text?.includes('Войти по e-mail'));
    expect(welcomes).toHaveLength(1);
  });
});
