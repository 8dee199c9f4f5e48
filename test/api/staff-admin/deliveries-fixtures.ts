import { randomInt, randomUUID } from 'node:crypto';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { createMember } from '../../helpers/factories.js';
import { useOutboxDispatch } from '../../helpers/outbox-dispatch.js';

const BOT_TOKEN = '7000000003:test-token-of-the-staff-deliveries-suite';

/** A local Bot API server and the jobs' outbox dispatch pushing through it, for a file that runs the app. */
export const usePushes = () => useOutboxDispatch(BOT_TOKEN);

/** An active representative named `fullName`; linked to a new Telegram chat unless `linked` is false. */
export async function person(
  memberId: unknown,
  fullName: string,
  { linked = true, ...overrides }: { linked?: boolean } & Record<string, unknown> = {},
) {
  const chatId = randomInt(1_000_000, 2 ** 40);
  const representative = await RepresentativeModel.create({
    memberId,
    fullName,
    email: `rep-${randomUUID().slice(0, 8)}@example.ru`,
    status: 'active',
    emailConfirmedAt: new Date(),
    telegram: linked ? [{ telegramUserId: chatId, chatId, linkedAt: new Date() }] : [],
    ...overrides,
  });
  return { id: String(representative._id), fullName, chatId };
}

export const memberWith = async (...names: string[]) => {
  const member = await createMember();
  return {
    memberId: String(member._id),
    people: await Promise.all(names.map((name) => person(member._id, name))),
  };
};
