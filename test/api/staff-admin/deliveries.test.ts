import { describe, expect, it } from '@jest/globals';
import { LetterModel } from '../../../api/domain/letters/letter.model.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { createMember } from '../../helpers/factories.js';
import { useRegistryKit } from '../staff-registry/registry-kit.js';
import { memberWith, person, usePushes } from './deliveries-fixtures.js';

const MINUTE = 60_000;
type Row = {
  recipient: { id: string; fullName: string } | null;
  channel: string;
  status: string;
  attempts: number;
  lastError: string | null;
};

describe('staff admin: delivery of letters and notifications', () => {
  const kit = useRegistryKit();
  const pushes = usePushes();

  const sendLetter = async (memberId: string) => {
    const sent = await kit
      .as('expert')
      .post('/api/v1/staff/letters')
      .send({ subject: 'О плановой проверке', text: 'Проверка в мае.', memberIds: [memberId] });
    expect(sent.status).toBe(201);
    return sent.body.letters[0].id as string;
  };
  const notify = async (memberId: string) => {
    const sent = await kit
      .as('expert')
      .post('/api/v1/staff/notifications')
      .send({ title: 'Технические работы', text: 'Кабинет недоступен ночью.', memberIds: [memberId] });
    return sent.body.notifications[0].id as string;
  };
  const deliveries = async (path: string) => {
    const response = await kit.as('expert').get(`/api/v1/staff/${path}/deliveries`);
    expect(response.status).toBe(200);
    return response.body.items as Row[];
  };
  const brief = (rows: Row[]) => rows.map((row) => [row.recipient?.fullName, row.channel, row.status]);

  it('when a letter waits in the outbox, then each linked recipient is queued; after a failed attempt and a retry, sent', async () => {
    const member = await createMember();
    const anna = await person(member._id, 'Алексеева Анна');
    const boris = await person(member._id, 'Борисов Борис');
    await person(member._id, 'Власова Вера', { notificationSettings: { newLetters: false } });
    await person(member._id, 'Глебов Глеб', { linked: false });
    const letter = `letters/${await sendLetter(String(member._id))}`;

    const waiting = await deliveries(letter);
    expect(waiting).toEqual(
      [anna, boris].map(({ id, fullName }) => ({
        recipient: { id, fullName },
        channel: 'telegram',
        status: 'queued',
        statusLabel: 'В очереди на отправку',
        attempts: 0,
        lastError: null,
        at: null,
      })),
    );

    // each push is tried four times before it is left to a later attempt
    pushes.server.failNext('sendMessage', 'network', 8);
    await pushes.dispatch();
    const retrying = await deliveries(letter);
    expect(brief(retrying)).toEqual([
      ['Алексеева Анна', 'telegram', 'queued'],
      ['Борисов Борис', 'telegram', 'queued'],
    ]);
    expect(retrying.map((row) => row.attempts)).toEqual([1, 1]);
    expect(retrying[0]?.lastError).toEqual(expect.any(String));

    await pushes.dispatch(new Date(Date.now() + MINUTE));
    const sent = await deliveries(letter);
    expect(sent).toEqual(
      [anna, boris].map(({ id, fullName }) => ({
        recipient: { id, fullName },
        channel: 'telegram',
        status: 'sent',
        statusLabel: 'Отправлено',
        attempts: 2,
        lastError: null,
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      })),
    );
    expect(JSON.stringify(sent)).not.toMatch(/@example\.ru|chat/i);
  });

  it('when the letter also records an e-mail, then it is a row of its own beside the Telegram one', async () => {
    const { memberId, people } = await memberWith('Дмитриев Дмитрий');
    const letterId = await sendLetter(memberId);
    await LetterModel.updateOne(
      { _id: letterId },
      { $push: { deliveries: { channel: 'email', representativeId: people[0]!.id, at: new Date() } } },
    );
    expect(brief(await deliveries(`letters/${letterId}`))).toEqual([
      ['Дмитриев Дмитрий', 'email', 'sent'],
      ['Дмитриев Дмитрий', 'telegram', 'queued'],
    ]);
    await pushes.dispatch();
    expect(brief(await deliveries(`letters/${letterId}`))).toEqual([
      ['Дмитриев Дмитрий', 'email', 'sent'],
      ['Дмитриев Дмитрий', 'telegram', 'sent'],
    ]);
  });

  it('when the person blocked the bot or Telegram refused the push, then the row says so with Telegram`s words', async () => {
    const blocked = await memberWith('Евдокимова Елена');
    const letter = `letters/${await sendLetter(blocked.memberId)}`;
    pushes.server.failNext('sendMessage', {
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    await pushes.dispatch();
    expect(await deliveries(letter)).toEqual([
      expect.objectContaining({
        status: 'blocked',
        statusLabel: 'Получатель заблокировал бота',
        lastError: 'Forbidden: bot was blocked by the user',
      }),
    ]);

    const refused = await memberWith('Жукова Жанна');
    const notification = `notifications/${await notify(refused.memberId)}`;
    pushes.server.failNext('sendMessage', {
      error_code: 400,
      description: 'Bad Request: message is too long',
    });
    await pushes.dispatch();
    expect(await deliveries(notification)).toEqual([
      expect.objectContaining({
        recipient: { id: refused.people[0]!.id, fullName: 'Жукова Жанна' },
        status: 'failed',
        statusLabel: 'Не удалось доставить',
        lastError: 'Bad Request: message is too long',
      }),
    ]);
  });

  it('when the jobs gave up on a notification, then its recipients are failed with the reason; unknown ids are 404', async () => {
    const { memberId } = await memberWith('Зайцев Захар');
    const id = await notify(memberId);
    await OutboxMessageModel.updateOne(
      { idempotencyKey: `notification.created:${id}` },
      { $set: { status: 'failed', attempts: 8, lastError: 'Все попытки доставки прерывались.' } },
    );
    expect(await deliveries(`notifications/${id}`)).toEqual([
      expect.objectContaining({
        recipient: expect.objectContaining({ fullName: 'Зайцев Захар' }),
        status: 'failed',
        attempts: 8,
        lastError: 'Все попытки доставки прерывались.',
        at: expect.any(String),
      }),
    ]);

    const audit = await kit.as('admin').get('/api/v1/staff/audit?action=notification.deliveries_read');
    expect(audit.body.items[0].target).toMatchObject({ kind: 'notification', id, memberId });
    for (const path of ['letters', 'notifications']) {
      const absent = await kit.as('expert').get(`/api/v1/staff/${path}/0123456789abcdef01234567/deliveries`);
      expect(absent.status).toBe(404);
    }
    const letterAbsent = await kit
      .as('expert')
      .get('/api/v1/staff/letters/0123456789abcdef01234567/deliveries');
    expect(letterAbsent.body.detail).toBe('Письмо не найдено.');
  });
});
