import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { autoRetry } from '@grammyjs/auto-retry';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { Bot, GrammyError, HttpError, InlineKeyboard, InputFile, webhookCallback } from 'grammy';
import type { Message } from 'grammy/types';
import {
  DEFAULT_USER,
  postWebhookUpdate,
  startBotApiServer,
  type BotApiServer,
} from '../helpers/bot-api-server.js';

const TOKEN = '123456789:AAH-test_token_of_the_sro_cabinet_bot';
const CHAT_ID = DEFAULT_USER.id;

describe('Bot API test server', () => {
  let server: BotApiServer;
  let runner: RunnerHandle | undefined;
  let webhookServer: Server | undefined;

  beforeEach(async () => {
    server = await startBotApiServer({ token: TOKEN });
  });

  afterEach(async () => {
    if (runner?.isRunning()) await runner.stop();
    runner = undefined;
    if (webhookServer) await new Promise((resolve) => webhookServer!.close(resolve));
    webhookServer = undefined;
    await server.stop();
  });

  const newBot = (token = TOKEN) => new Bot(token, { client: { apiRoot: server.apiRoot } });
  const startPolling = (bot: Bot) => {
    runner = run(bot);
    return runner;
  };

  it('when the bot initialises, then getMe answers with the test bot', async () => {
    const bot = newBot();

    await bot.init();

    expect(bot.botInfo).toMatchObject({
      id: 123456789,
      is_bot: true,
      username: 'sro_cabinet_test_bot',
      can_join_groups: true,
    });
    expect(server.callsOf('getMe')).toHaveLength(1);
  });

  it('when the token is wrong or the method unknown, then Telegram’s 401 and 404 answers come back', async () => {
    await expect(newBot('42:wrong').init()).rejects.toMatchObject({
      error_code: 401,
      description: 'Unauthorized',
    });

    const response = await fetch(`${server.apiRoot}/bot${TOKEN}/sendTelepathy`, { method: 'POST' });

    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      ok: false,
      error_code: 404,
      description: 'Not Found: method not found',
    });
  });

  it('when parameters come as a query string or a urlencoded form, then they are decoded like JSON ones', async () => {
    const viaQuery = await fetch(`${server.apiRoot}/bot${TOKEN}/sendMessage?chat_id=${CHAT_ID}&text=hi`);
    const viaForm = await fetch(`${server.apiRoot}/bot${TOKEN}/sendmessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        chat_id: String(CHAT_ID),
        text: 'привет',
        reply_markup: '{"inline_keyboard":[]}',
      }),
    });

    expect(await viaQuery.json()).toMatchObject({
      ok: true,
      result: { message_id: 1, chat: { id: CHAT_ID } },
    });
    expect(await viaForm.json()).toMatchObject({ ok: true, result: { message_id: 2, text: 'привет' } });
    expect(server.callsOf('sendMessage')[1]!.params).toEqual({
      chat_id: CHAT_ID,
      text: 'привет',
      reply_markup: { inline_keyboard: [] },
    });
  });

  it('when polling with offset, limit, timeout and allowed_updates, then updates are paged, confirmed and filtered', async () => {
    const bot = newBot();
    const [first, second] = [server.userSends('один'), server.userSends('два')];
    server.userClicks('ignored');

    const page = await bot.api.getUpdates({ limit: 1, allowed_updates: ['message'] });
    const rest = await bot.api.getUpdates({ offset: first.update_id + 1 });
    const started = performance.now();
    const empty = await bot.api.getUpdates({ offset: second.update_id + 1, timeout: 1 });

    expect(page).toEqual([first]);
    expect(rest).toEqual([second]);
    expect(empty).toEqual([]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('when a user sends "/start abc" during long polling, then the handler gets the payload and the reply is recorded', async () => {
    const bot = newBot();
    let payload: string | undefined;
    bot.command('start', async (ctx) => {
      payload = ctx.match;
      await ctx.reply(`Здравствуйте! Код приглашения: ${ctx.match}`);
    });
    startPolling(bot);

    const update = server.userSends('/start abc');
    const reply = await server.waitForCall('sendMessage');

    expect(update.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
    expect(payload).toBe('abc');
    expect(reply.params).toMatchObject({ chat_id: CHAT_ID, text: 'Здравствуйте! Код приглашения: abc' });
    expect(server.sentMessages(CHAT_ID)).toEqual([
      expect.objectContaining({
        message_id: 2,
        chat: expect.objectContaining({ id: CHAT_ID, type: 'private' }),
        from: expect.objectContaining({ id: 123456789, is_bot: true }),
        text: 'Здравствуйте! Код приглашения: abc',
      }),
    ]);
  });

  it('when sendMessage meets flood control twice, then auto-retry delivers the message exactly once', async () => {
    const bot = newBot();
    bot.api.config.use(autoRetry());
    const flood = {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    };
    server.failNext('sendMessage', flood);
    server.failNext('sendMessage', flood);

    const message = await bot.api.sendMessage(CHAT_ID, 'Напоминание: взнос в компенсационный фонд');

    const attempts = server.callsOf('sendMessage');
    expect(attempts.map((call) => call.status)).toEqual([429, 429, 200]);
    expect(attempts[0]!.response).toEqual({ ok: false, ...flood });
    expect(attempts[2]!.time - attempts[0]!.time).toBeGreaterThanOrEqual(1900);
    expect(server.sentMessages(CHAT_ID)).toEqual([message]);
  });

  it('when the connection drops, then grammY sees a network error and the next call succeeds', async () => {
    const bot = newBot();
    server.failNext('getMe', 'network');

    await expect(bot.api.getMe()).rejects.toBeInstanceOf(HttpError);
    await expect(bot.api.getMe()).resolves.toMatchObject({ username: 'sro_cabinet_test_bot' });
    expect(server.callsOf('getMe').map((call) => call.status)).toEqual([0, 200]);
  });

  it('when the bot replies with a document, then its bytes and Cyrillic file name arrive', async () => {
    const bot = newBot();
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096), Buffer.from('\n%%EOF\n')]);
    bot.command('report', (ctx) =>
      ctx.replyWithDocument(new InputFile(pdf, 'отчёт.pdf'), { caption: 'Отчёт за I квартал' }),
    );
    startPolling(bot);

    server.userSends('/report');
    const call = await server.waitForCall('sendDocument');

    expect(call.status).toBe(200);
    expect(call.params).toMatchObject({ chat_id: CHAT_ID, caption: 'Отчёт за I квартал' });
    expect(call.files).toHaveLength(1);
    expect(call.files[0]).toMatchObject({ param: 'document', fileName: 'отчёт.pdf', size: pdf.length });
    expect(call.files[0]!.bytes.equals(pdf)).toBe(true);
    expect((call.response?.result as Message).document).toMatchObject({
      file_name: 'отчёт.pdf',
      mime_type: 'application/pdf',
      file_size: pdf.length,
    });
  });

  it('when a user sends a document, then the bot gets its path and downloads identical bytes', async () => {
    const bot = newBot();
    const bytes = randomBytes(256 * 1024);
    const downloads: Buffer[] = [];
    bot.on('message:document', async (ctx) => {
      const file = await ctx.getFile();
      const response = await fetch(`${server.apiRoot}/file/bot${TOKEN}/${file.file_path}`);
      downloads.push(Buffer.from(await response.arrayBuffer()));
      await ctx.reply('Документ получен');
    });
    startPolling(bot);

    server.userSendsDocument({ bytes, fileName: 'выписка.pdf', mimeType: 'application/pdf' });
    await server.waitForCall('sendMessage');

    expect(server.callsOf('getFile')[0]?.response?.result).toMatchObject({
      file_size: bytes.length,
      file_path: expect.stringMatching(/^documents\/file_\d+\.pdf$/),
    });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.equals(bytes)).toBe(true);
  });

  it('when a user sends a 25 MB document, then getFile answers 400 "file is too big"', async () => {
    const bot = newBot();
    const errors: unknown[] = [];
    bot.on('message:document', async (ctx) => {
      await ctx.getFile().catch((error: unknown) => errors.push(error));
      await ctx.reply('Файл слишком большой, пришлите до 20 МБ');
    });
    startPolling(bot);

    server.userSendsDocument({ fileName: 'проект.zip', fileSize: 25 * 1024 * 1024 });
    await server.waitForCall('sendMessage');

    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(GrammyError);
    expect(errors[0]).toMatchObject({ error_code: 400, description: 'Bad Request: file is too big' });
    expect(server.callsOf('getFile').map((call) => call.status)).toEqual([400]);
  });

  it('when a user clicks an inline button, then the callback handler answers the query and edits the message', async () => {
    const bot = newBot();
    const clicked: string[] = [];
    bot.callbackQuery(/^pay:(\d+)$/, async (ctx) => {
      clicked.push(ctx.match[1]!);
      await ctx.answerCallbackQuery({ text: 'Счёт сформирован' });
      await ctx.editMessageText('Счёт №42 отправлен на почту');
    });
    const offer = await bot.api.sendMessage(CHAT_ID, 'Сформировать счёт на взнос?', {
      reply_markup: new InlineKeyboard().text('Сформировать', 'pay:42'),
    });
    expect(offer.reply_markup).toEqual({
      inline_keyboard: [[{ text: 'Сформировать', callback_data: 'pay:42' }]],
    });
    startPolling(bot);

    const click = server.userClicks('pay:42', { messageId: offer.message_id });
    const answer = await server.waitForCall('answerCallbackQuery');
    await server.waitForCall('editMessageText');

    expect(clicked).toEqual(['42']);
    expect(click.callback_query?.message).toMatchObject({ message_id: offer.message_id });
    expect(answer.params).toMatchObject({
      callback_query_id: click.callback_query!.id,
      text: 'Счёт сформирован',
    });
    expect(answer.status).toBe(200);
    const edited = server.sentMessages(CHAT_ID).at(-1);
    expect(edited).toMatchObject({ message_id: offer.message_id, text: 'Счёт №42 отправлен на почту' });
    expect(edited?.edit_date).toEqual(expect.any(Number));
    expect(edited?.reply_markup).toBeUndefined();
  });

  it('when a webhook is set, then getUpdates conflicts and a posted update reaches the webhook bot', async () => {
    const bot = newBot();
    const texts: string[] = [];
    bot.on('message:text', (ctx) => {
      texts.push(ctx.message.text);
    });
    webhookServer = createServer(webhookCallback(bot, 'http', { secretToken: 'webhook_secret' }));
    await new Promise<void>((resolve) => webhookServer!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(webhookServer.address() as AddressInfo).port}/telegram`;
    await bot.api.setWebhook(url, { secret_token: 'webhook_secret' });

    await expect(bot.api.getUpdates()).rejects.toMatchObject({ error_code: 409 });
    expect(await bot.api.getWebhookInfo()).toMatchObject({ url, has_custom_certificate: false });
    const update = server.userSends('Добрый день', { push: false });
    const accepted = await postWebhookUpdate(url, 'webhook_secret', update);
    const refused = await postWebhookUpdate(url, 'wrong_secret', update);

    expect(accepted.status).toBe(200);
    expect(accepted.elapsedMs).toEqual(expect.any(Number));
    expect(refused.status).toBe(401);
    expect(texts).toEqual(['Добрый день']);
  });

  it('when the server stops, then a pending long poll ends at once', async () => {
    const bot = newBot();
    const poll = bot.api.getUpdates({ timeout: 30 });
    await server.waitForPendingPoll();

    const started = performance.now();
    await server.stop();

    await expect(poll).resolves.toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
