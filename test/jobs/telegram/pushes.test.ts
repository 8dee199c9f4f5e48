import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { LetterModel } from '../../../api/domain/letters/letter.model.js';
import { sendLettersToMembers } from '../../../api/domain/letters/send-letter.use-case.js';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { enqueueOutboxMessage } from '../../../api/domain/notifications/outbox.repository.js';
import { sendNotification } from '../../../api/domain/notifications/send-notification.use-case.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { TelegramDeliveryModel } from '../../../api/domain/telegram/telegram-delivery.model.js';
import { linkedRepresentative, STAFF_CONTEXT, staffId, usePushEnvironment } from './push-fixtures.js';

describe('Telegram pushes of the outbox', () => {
  const env = usePushEnvironment();

  const sendLetter = async (memberId: Types.ObjectId, subject = 'О плановой проверке') => {
    const [letter] = await sendLettersToMembers(
      [memberId],
      { subject, text: 'Текст письма', files: [] },
      staffId(),
      STAFF_CONTEXT,
    );
    return letter!;
  };
  const sendsTo = (chatId: number) =>
    env.server.callsOf('sendMessage').filter((call) => call.params.chat_id === chatId);

  it('when a letter is sent, then its push reaches the linked chat exactly once, through a 429 and two dispatchers', async () => {
    const { memberId, chatId, representative } = await linkedRepresentative();
    const letter = await sendLetter(memberId);
    env.server.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });

    await Promise.all([env.dispatch(), env.dispatch()]);
    await env.dispatch();

    expect(sendsTo(chatId).map((call) => call.status)).toEqual([429, 200]);
    const [pushed] = env.server.sentMessages(chatId);
    const member = await MemberModel.findById(memberId).lean();
    expect(pushed?.text).toBe(
      `${member!.shortName}\nНовое письмо от СРО № ${letter.registrationNumber}\n«О плановой проверке»`,
    );
    expect(pushed?.reply_markup?.inline_keyboard[0]?.[0]).toEqual({
      text: 'Открыть письмо',
      callback_data: `letter:${String(letter._id)}`,
    });
    const delivery = await TelegramDeliveryModel.findOne({ chatId }).lean();
    expect(delivery).toMatchObject({ status: 'sent', telegramMessageId: pushed!.message_id });
    const stored = await LetterModel.findById(letter._id).lean();
    expect(stored?.deliveries).toEqual([
      expect.objectContaining({ channel: 'telegram', representativeId: representative._id }),
    ]);
    expect(
      (await OutboxMessageModel.findOne({ idempotencyKey: `letter.created:${String(letter._id)}` }).lean())
        ?.status,
    ).toBe('done');
  });

  it('when a chat has blocked the bot, then it is recorded, the link goes inactive and later pushes skip it', async () => {
    const { memberId, chatId, representative } = await linkedRepresentative();
    await sendLetter(memberId);
    env.server.failNext('sendMessage', {
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });

    await env.dispatch();
    await sendLetter(memberId, 'Второе письмо');
    await env.dispatch();

    expect(sendsTo(chatId).map((call) => call.status)).toEqual([403]);
    expect(await TelegramDeliveryModel.findOne({ chatId }).lean()).toMatchObject({
      status: 'blocked',
      reason: 'Forbidden: bot was blocked by the user',
    });
    const links = (await RepresentativeModel.findById(representative._id).lean())?.telegram;
    expect(links?.[0]?.blockedAt).toBeInstanceOf(Date);
    expect(await OutboxMessageModel.countDocuments({ kind: 'letter.created', status: { $ne: 'done' } })).toBe(
      0,
    );
  });

  it('when a connection is reset once, then the push is tried again at once and arrives once', async () => {
    const { memberId, chatId } = await linkedRepresentative();
    await sendLetter(memberId);
    env.server.failNext('sendMessage', 'network');

    const first = await env.dispatch();

    expect(first).toMatchObject({ delivered: 1, retried: 0 });
    expect(sendsTo(chatId).map((call) => call.status)).toEqual([0, 200]);
    expect(env.server.sentMessages(chatId)).toHaveLength(1);
  });

  it('when the network stays down through every try, then the push is retried later and still arrives once', async () => {
    const { memberId, chatId } = await linkedRepresentative();
    await sendLetter(memberId);
    env.server.failNext('sendMessage', 'network', 4);

    const first = await env.dispatch();
    const retried = await env.dispatch(new Date(Date.now() + 60_000));
    await env.dispatch(new Date(Date.now() + 120_000));

    expect(first.retried).toBe(1);
    expect(retried.delivered).toBe(1);
    expect(env.server.sentMessages(chatId)).toHaveLength(1);
  });

  it('when a person switched letters off, then only the switch that allows it lets a push through', async () => {
    const { memberId, chatId } = await linkedRepresentative({ notificationSettings: { newLetters: false } });
    await sendLetter(memberId);
    const appeal = await AppealModel.create({
      memberId,
      representativeId: new Types.ObjectId(),
      registrationNumber: `ОБР-${Date.now()}`,
      category: 'other',
      details: {},
      dueAt: new Date(),
    });
    await enqueueOutboxMessage({
      kind: 'appeal.status_changed',
      payload: {
        appealId: String(appeal._id),
        memberId: String(memberId),
        historyIndex: 1,
        previousStatus: 'submitted',
        status: 'in_progress',
      },
      idempotencyKey: `appeal.status_changed:${String(appeal._id)}:1`,
    });

    await env.dispatch();

    const texts = env.server.sentMessages(chatId).map((message) => message.text);
    expect(texts).toEqual([expect.stringContaining(`Обращение № ${appeal.registrationNumber}: в работе.`)]);
    expect(env.server.sentMessages(chatId)[0]?.reply_markup?.inline_keyboard[0]?.[0]).toEqual({
      text: 'Открыть обращение',
      callback_data: `appeal:${String(appeal._id)}`,
    });
  });

  it('when a person is suspended or the member excluded, then no push goes to them', async () => {
    const suspended = await linkedRepresentative({ status: 'suspended' });
    const excluded = await linkedRepresentative();
    await MemberModel.updateOne({ _id: excluded.memberId }, { $set: { status: 'excluded' } });
    await sendLetter(suspended.memberId);
    await sendLetter(excluded.memberId);

    await env.dispatch();

    expect(sendsTo(suspended.chatId)).toEqual([]);
    expect(sendsTo(excluded.chatId)).toEqual([]);
  });

  it('when the SRO notifies every member of maintenance, then every linked chat gets it, switches notwithstanding', async () => {
    const first = await linkedRepresentative();
    const second = await linkedRepresentative({ notificationSettings: { newLetters: false } });
    await sendNotification(
      {
        title: 'Технические работы 25 ноября',
        text: 'Кабинет будет недоступен с 22:00 до 23:00.',
        kind: 'maintenance',
        recipients: { all: true },
        staffId: staffId(),
      },
      STAFF_CONTEXT,
    );

    await env.dispatch();

    for (const { chatId } of [first, second]) {
      expect(env.server.sentMessages(chatId).at(-1)?.text).toContain(
        'Технические работы СРО: Технические работы 25 ноября\n\nКабинет будет недоступен с 22:00 до 23:00.',
      );
    }
  });
});
