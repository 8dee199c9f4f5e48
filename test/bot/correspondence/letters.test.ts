import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { Message } from 'grammy/types';
import { LetterModel } from '../../../api/domain/letters/letter.model.js';
import { saveFile } from '../../../api/domain/shared/file-storage.js';
import { letterFor } from '../../api/cabinet/cabinet-fixtures.js';
import type { RecordedCall } from '../../helpers/bot-api-server.js';
import { buttonsOf } from '../core/bot-harness.js';
import { chatWith, linkedUser, useCorrespondenceHarness } from './correspondence-harness.js';

describe('bot: letters', () => {
  const harness = useCorrespondenceHarness();

  const documentsTo = (chatId: number, since: number) =>
    harness.telegram
      .callsOf('sendDocument')
      .filter(
        (call) =>
          call.status === 200 &&
          call.params.chat_id === chatId &&
          harness.telegram.calls.indexOf(call) >= since,
      );

  it('when the representative opens a letter with a file, then the text and the file arrive (same bytes, same name) and the letter becomes read', async () => {
    const { member, user } = await linkedUser(harness);
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(200_000)]);
    const stored = await saveFile({
      filename: 'Акт сверки за 2025 год.pdf',
      contentType: 'application/pdf',
      data: bytes,
    });
    const letter = await letterFor(member._id, {
      subject: 'Акт сверки',
      text: 'Направляем акт сверки взаиморасчётов.',
      attachments: [stored],
    });
    const chat = chatWith(harness, user);

    const list = await chat.click('letters:page:1', 'Переписка с СРО');
    expect(
      Object.keys(buttonsOf(list)).some((label) => label.startsWith('● ') && label.endsWith('Акт сверки')),
    ).toBe(true);
    const since = harness.telegram.calls.length;
    const text = await chat.press(
      list,
      Object.keys(buttonsOf(list)).find((label) => label.endsWith('Акт сверки'))!,
      'Направляем',
    );
    const document = await harness.telegram.waitForCall(
      'sendDocument',
      (call) => call.params.chat_id === user.id,
    );

    expect(text.text).toContain(`Письмо № ${letter.registrationNumber}`);
    expect(text.text).toContain('Тема: Акт сверки');
    expect(text.text).toContain('📎 1 файл — ниже');
    expect(text.text).not.toMatch(/Файлы?: \d/);
    expect(document.files[0]!.fileName).toBe('Акт сверки за 2025 год.pdf');
    expect(Buffer.compare(document.files[0]!.bytes, bytes)).toBe(0);
    expect(buttonsOf(document.response!.result as Message)).toHaveProperty('‹ К письмам');
    expect(documentsTo(user.id, since)).toHaveLength(1);
    expect((await LetterModel.findById(letter._id).lean())!.readAt).toBeInstanceOf(Date);
    const again = await chat.click('letters:page:1', 'Переписка с СРО');
    expect(Object.keys(buttonsOf(again)).some((label) => label.startsWith('● '))).toBe(false);
  });

  it('when Telegram answers 429 to the upload of a file, then the file is sent again, whole', async () => {
    const { member, user } = await linkedUser(harness);
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(50_000)]);
    const stored = await saveFile({ filename: 'Счёт.pdf', contentType: 'application/pdf', data: bytes });
    const letter = await letterFor(member._id, { subject: 'Счёт', attachments: [stored] });
    harness.telegram.failNext('sendDocument', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });

    harness.telegram.userClicks(`letter:${letter._id}`, user);
    const sent = await harness.telegram.waitForCall(
      'sendDocument',
      (call) => call.status === 200 && call.params.chat_id === user.id,
      10_000,
    );

    expect(harness.telegram.callsOf('sendDocument').some((call) => call.status === 429)).toBe(true);
    expect(sent.files[0]!.fileName).toBe('Счёт.pdf');
    expect(Buffer.compare(sent.files[0]!.bytes, bytes)).toBe(0);
  });

  it('when the member has no letters, then the screen says there are none', async () => {
    const { user } = await linkedUser(harness);

    const answer = await chatWith(harness, user).click('letters:page:1', 'Писем пока нет');

    expect(buttonsOf(answer)).toEqual({ '🏠 Главное меню': 'menu' });
  });

  it('when there are more letters than fit a screen, then ‹ › page through them with the unread ones first', async () => {
    const { member, user } = await linkedUser(harness);
    for (let n = 1; n <= 6; n += 1) {
      await letterFor(member._id, { subject: `Прочитанное ${n}`, status: 'read', readAt: new Date() });
    }
    await letterFor(member._id, { subject: 'Новое письмо' });
    const chat = chatWith(harness, user);

    const first = await chat.click('letters:page:1', '7 писем');
    const labels = Object.keys(buttonsOf(first));
    expect(labels[0]).toMatch(/^● .*Новое письмо$/);
    expect(labels).toContain('1 из 2');
    expect(first.reply_markup!.inline_keyboard.every((row) => row.length > 0)).toBe(true);
    const second = await chat.press(first, '›', '7 писем');

    const secondLabels = Object.keys(buttonsOf(second));
    expect(secondLabels.filter((label) => label.includes('Прочитанное'))).toHaveLength(2);
    expect(secondLabels).toEqual(expect.arrayContaining(['‹', '2 из 2']));
    expect(second.message_id).toBe(first.message_id);
  });

  it('when a letter is longer than a Telegram message, then it comes in several messages, none over the limit', async () => {
    const { member, user } = await linkedUser(harness);
    const paragraph = 'Разъясняем порядок уплаты членских взносов и взносов в компенсационный фонд. '.repeat(
      20,
    );
    const text = Array.from({ length: 8 }, () => paragraph).join('\n\n');
    const letter = await letterFor(member._id, { subject: 'Длинное письмо', text });
    const since = harness.telegram.calls.length;

    harness.telegram.userClicks(`letter:open:${letter._id}`, user);
    const toUser = (call: RecordedCall, index: number) =>
      index >= since &&
      call.method === 'sendMessage' &&
      call.status === 200 &&
      call.params.chat_id === user.id;
    await harness.telegram.waitFor(
      (call, index) => toUser(call, index) && call.params.reply_markup !== undefined,
    );

    const parts = harness.telegram.calls
      .filter(toUser)
      .map((call) => (call.response!.result as Message).text ?? '');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(parts.join('').replace(/\s/g, '')).toContain(text.replace(/\s/g, ''));
  });

  it('when a file is over 50 MB, then the bot says to open it in the cabinet instead of sending it', async () => {
    const { member, user } = await linkedUser(harness);
    const stored = await saveFile({
      filename: 'Проект.zip',
      contentType: 'application/zip',
      data: Buffer.from('PK'),
    });
    const letter = await letterFor(member._id, {
      subject: 'Проектная документация',
      attachments: [{ ...stored, size: 60 * 1024 * 1024 }],
    });

    const note = await chatWith(harness, user).click(`letter:${letter._id}`, 'больше 50 МБ');

    expect(note.text).toContain('«Проект.zip» (60 МБ)');
    expect(note.text).toContain('в личном кабинете на сайте СРО');
    expect(
      harness.telegram.callsOf('sendDocument').filter((call) => call.params.chat_id === user.id),
    ).toHaveLength(0);
  });

  it("when a button names another member's letter, then the bot says it is not found", async () => {
    const { user } = await linkedUser(harness);
    const { member: stranger } = await linkedUser(harness);
    const foreign = await letterFor(stranger._id, { subject: 'Чужое письмо' });

    const answer = await chatWith(harness, user).click(`letter:open:${foreign._id}`, 'не найдено');

    expect(answer.text).not.toContain('Чужое письмо');
  });
});
