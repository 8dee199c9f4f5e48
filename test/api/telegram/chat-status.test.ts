import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { findLinkedRepresentatives } from '../../../api/domain/telegram/linked-representatives.repository.js';
import { BOT_KEY, linkedAccount, newTelegramUser, useTelegramApi } from './telegram-fixtures.js';

describe('a Telegram chat blocking and unblocking the bot', () => {
  const api = useTelegramApi();

  const report = (body: Record<string, unknown>, headers: Record<string, string> = BOT_KEY) =>
    request(api.app).put('/api/v1/telegram/chat-status').set(headers).send(body);
  const blockedAt = async (representativeId: unknown) =>
    (await RepresentativeModel.findById(representativeId).lean())?.telegram?.[0]?.blockedAt;
  const pushedTo = async (memberId: unknown) =>
    (await findLinkedRepresentatives({ memberIds: [String(memberId)] }, new Date())).flatMap(
      (linked) => linked.chats,
    );

  it('when the bot reports a chat blocked and then active again, then pushes to it stop and resume', async () => {
    const { member, representative, telegramUserId, chatId } = await linkedAccount(api);

    const blocked = await report({ telegramUserId, chatId, status: 'blocked' });

    expect(blocked.status).toBe(200);
    expect(blocked.body).toEqual({ accounts: 1 });
    expect(await blockedAt(representative._id)).toBeInstanceOf(Date);
    expect(await pushedTo(member._id)).toEqual([]);

    const active = await report({ telegramUserId, chatId, status: 'active' });

    expect(active.status).toBe(200);
    expect(await blockedAt(representative._id)).toBeNull();
    expect(await pushedTo(member._id)).toEqual([{ telegramUserId, chatId }]);
  });

  it('when a chat is reported blocked twice, then the first time is kept', async () => {
    const { representative, telegramUserId, chatId } = await linkedAccount(api);
    await report({ telegramUserId, chatId, status: 'blocked' });
    const first = await blockedAt(representative._id);

    await report({ telegramUserId, chatId, status: 'blocked' });

    expect(await blockedAt(representative._id)).toEqual(first);
  });

  it('when the Telegram user has linked no account, then nothing changes', async () => {
    const response = await report({ ...newTelegramUser(), status: 'active' });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ accounts: 0 });
  });

  it('when the report lacks the bot key or has an unknown status, then it is refused with the reason', async () => {
    const chat = newTelegramUser();

    expect((await report({ ...chat, status: 'blocked' }, {})).status).toBe(401);
    const wrong = await report({ ...chat, status: 'deleted' });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('Состояние чата — blocked или active');
  });
});
