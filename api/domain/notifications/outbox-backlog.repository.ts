import { OutboxMessageModel } from './outbox-message.model.js';

const UNDELIVERED = { status: { $in: ['pending', 'processing'] } };

/** How many outbox messages wait for delivery and since when; both reads use the { status, createdAt } index. */
export async function readOutboxBacklog(): Promise<{ undelivered: number; oldestCreatedAt: Date | null }> {
  const [undelivered, oldest] = await Promise.all([
    OutboxMessageModel.countDocuments(UNDELIVERED),
    OutboxMessageModel.findOne(UNDELIVERED, { createdAt: 1 })
      .sort({ createdAt: 1 })
      .lean<{ createdAt: Date }>(),
  ]);
  return { undelivered, oldestCreatedAt: oldest?.createdAt ?? null };
}
