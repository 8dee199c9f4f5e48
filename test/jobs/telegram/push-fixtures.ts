import { randomInt, randomUUID } from 'node:crypto';
import { beforeAll } from '@jest/globals';
import { Types } from 'mongoose';
import { generateInn } from '../../../api/domain/members/tax-ids.js';
import { ensureIndexes } from '../../../api/domain/models.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { useTestDatabase } from '../../helpers/database.js';
import { useOutboxDispatch, type OutboxDispatch } from '../../helpers/outbox-dispatch.js';
import { createMember } from '../../helpers/factories.js';

export const BOT_TOKEN = '7000000002:test-token-of-the-telegram-jobs-suite';

export type PushEnvironment = OutboxDispatch;

/** A fresh database and a local Bot API server for the file. */
export function usePushEnvironment(): PushEnvironment {
  useTestDatabase();
  beforeAll(() => ensureIndexes());
  return useOutboxDispatch(BOT_TOKEN);
}

export const newChat = () => {
  const telegramUserId = randomInt(1_000_000, 2 ** 40);
  return { telegramUserId, chatId: telegramUserId };
};

/** An active representative of a new member (or of `memberId`), linked to a new Telegram chat. */
export async function linkedRepresentative(
  overrides: Record<string, unknown> = {},
  memberId?: Types.ObjectId,
) {
  const member = memberId
    ? { _id: memberId }
    : await createMember({ inn: generateInn('legal', Math.random) });
  const chat = newChat();
  const representative = await RepresentativeModel.create({
    memberId: member._id,
    fullName: 'Сидорова Анна Петровна',
    email: `rep-${randomUUID().slice(0, 8)}@example.ru`,
    status: 'active',
    emailConfirmedAt: new Date(),
    telegram: [{ ...chat, linkedAt: new Date() }],
    ...overrides,
  });
  return { memberId: member._id, representative: representative.toObject(), ...chat };
}

export const STAFF_CONTEXT = { principal: undefined };
export const staffId = () => String(new Types.ObjectId());
