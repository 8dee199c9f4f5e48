import { describe, expect, it, jest } from '@jest/globals';
import type { Message } from 'grammy/types';
import {
  appealsOf,
  appealWithFiles,
  chatWith,
  linkedUser,
  samplePdf,
  useCorrespondenceHarness,
} from './correspondence-harness.js';

// A chat gets about a message a second from the bot (the throttler), and a form is a dozen of them.
jest.setTimeout(60_000);
describe('bot: appeal forms survive restarts, lost answers and 429s', () => {
  const harness = useCorrespondenceHarness();

  it('when the bot restarts twice in the middle of a registry extract request, then the form goes on where it was and files the appeal exactly once', async () => {
    const { user, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    const pdf = samplePdf();
    await chat.click('appeals:file:registry_extract', 'Сколько экземпляров');
    const delivery = await chat.say('3', 'Как получить выписку?');
    await chat.press(delivery, 'Электронный документ в личный кабинет', 'комментарий');

    await harness.restartBot();
    await chat.say('Заказываем после перезапуска.', 'Приложите документы');
    await chat.sendDocument('Заявка.pdf', pdf, 'принят');
    await harness.restartBot();
    const summary = await chat.click('form:done', 'Проверьте обращение');

    expect(summary.text).toContain('Количество экземпляров выписки: 3');
    expect(summary.text).toContain('Способ получения: Электронный документ в личный кабинет');
    const sent = await chat.press(summary, '📨 Отправить', 'Обращение отправлено');
    const appeals = await appealsOf(harness, session);
    expect(appeals).toHaveLength(1);
    expect(sent.text).toContain(appeals[0]!.registrationNumber);
    const appeal = await appealWithFiles(harness, session, appeals[0]!.id);
    expect(appeal.details).toEqual({ copies: 3, delivery: 'electronic' });
    expect(appeal.text).toBe('Заказываем после перезапуска.');
    expect(Buffer.compare(appeal.files[0]!.bytes, pdf)).toBe(0);
  });

  it("when the API's answer to the filing is lost, then the bot says so and sending again files nothing new", async () => {
    const { user, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    await chat.click('appeals:file:other', 'Напишите текст обращения');
    await chat.say('Просим направить счёт на оплату взносов.', 'Приложите документы');
    const summary = await chat.click('form:done', 'Проверьте обращение');
    harness.loseNextAnswer('/appeals');

    const since = harness.telegram.calls.length;
    const failed = await chat.press(summary, '📨 Отправить', 'Не удалось узнать, дошло ли обращение');
    expect(failed.text).toContain('Сервис не ответил вовремя.');
    const summaryAgain = await harness.telegram.waitFor(
      (call, index) =>
        index >= since && call.method === 'sendMessage' && String(call.params.text).includes('Проверьте'),
    );
    const sent = await chat.press(
      summaryAgain.response!.result as Message,
      '📨 Отправить',
      'Обращение отправлено',
    );

    const appeals = await appealsOf(harness, session);
    expect(appeals).toHaveLength(1);
    expect(sent.text).toContain(appeals[0]!.registrationNumber);
  });

  it('when Telegram answers 429 in the middle of a form, then the question still arrives and the form goes on', async () => {
    const { user, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    await chat.click('appeals:file:other', 'Напишите текст обращения');
    harness.telegram.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });

    await chat.say('Просим прислать счёт.', 'Приложите документы');
    const summary = await chat.click('form:done', 'Проверьте обращение');
    await chat.press(summary, '📨 Отправить', 'Обращение отправлено');

    expect(harness.telegram.callsOf('sendMessage').some((call) => call.status === 429)).toBe(true);
    expect(await appealsOf(harness, session)).toHaveLength(1);
  });

  it('when the API fails as a form starts, then the bot says so and the chat is not stuck in the form', async () => {
    const { user, session } = await linkedUser(harness);
    const chat = chatWith(harness, user);
    harness.loseNextAnswer('/appeal-categories');

    await chat.click('appeals:file:other', 'Сервис не ответил вовремя.');

    expect((await chat.say('Прошу выслать счёт.', /./)).text).toContain('Не понял');
    await chat.click('appeals:file:other', 'Напишите текст обращения');
    expect(await appealsOf(harness, session)).toHaveLength(0);
  });
});
