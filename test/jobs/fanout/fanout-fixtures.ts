import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { sendLettersToMembers } from '../../../api/domain/letters/send-letter.use-case.js';
import { generateInn } from '../../../api/domain/members/tax-ids.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { sendNotification } from '../../../api/domain/notifications/send-notification.use-case.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import type { BotApiServer } from '../../helpers/bot-api-server.js';
import { createMember } from '../../helpers/factories.js';

export const FANOUT_TOKEN = '7000000010:fan-out-token-of-the-jobs-process-tests';
const STAFF_CONTEXT = { principal: undefined };

let nextChat = 5_000_000_000 + Math.floor(Math.random() * 1_000_000) * 1000;

/** `members` members, each with `perMember` active representatives linked to Telegram chats of their own. */
export async function seedLinkedMembers(members: number, perMember: number) {
  const memberIds: Types.ObjectId[] = [];
  const chats: number[] = [];
  for (let m = 0; m < members; m += 1) {
    const member = await createMember({ inn: generateInn('legal', Math.random) });
    memberIds.push(member._id);
    const representatives = Array.from({ length: perMember }, (_, index) => {
      const chatId = (nextChat += 1);
      chats.push(chatId);
      return {
        memberId: member._id,
        fullName: `Представитель ${m + 1}-${index + 1}`,
        email: `rep-${randomUUID().slice(0, 8)}@example.ru`,
        status: 'active',
        emailConfirmedAt: new Date(),
        telegram: [{ telegramUserId: chatId, chatId, linkedAt: new Date() }],
      };
    });
    await RepresentativeModel.insertMany(representatives);
  }
  return { memberIds, chats };
}

/** A staff broadcast to every member. */
export async function broadcast(title = 'О плановом обновлении реестра') {
  const [notification] = await sendNotification(
    {
      title,
      text: 'Реестр членов СРО будет обновлён в пятницу.',
      kind: 'general',
      recipients: { all: true },
      staffId: String(new Types.ObjectId()),
    },
    STAFF_CONTEXT,
  );
  return notification!;
}

/** A letter to each of the members, announced to their representatives. */
export function lettersTo(memberIds: Types.ObjectId[]) {
  return sendLettersToMembers(
    memberIds,
    { subject: 'О взносах', text: 'Текст письма', files: [] },
    String(new Types.ObjectId()),
    STAFF_CONTEXT,
  );
}

/** How many messages each chat received, from the double's own record. */
export function receivedByChat(server: BotApiServer): Map<number, string[]> {
  const received = new Map<number, string[]>();
  for (const message of server.sentMessages()) {
    received.set(message.chat.id, [...(received.get(message.chat.id) ?? []), message.text ?? '']);
  }
  return received;
}

/** Waits until every outbox message is finished (done or failed), polling the database. */
export async function outboxFinished(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await OutboxMessageModel.countDocuments({ status: { $in: ['pending', 'processing'] } });
    if (open === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the outbox was not finished within ${timeoutMs} ms`);
}

/** Waits until the double has accepted `count` sends. */
export async function acceptedAtLeast(server: BotApiServer, count: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (server.limitCounts().accepted < count) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} sends were accepted in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
