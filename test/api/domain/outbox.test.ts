import { describe, it, expect } from '@jest/globals';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { enqueueOutboxMessage } from '../../../api/domain/notifications/outbox.repository.js';
import { useTestDatabase } from '../../helpers/database.js';

describe('outbox', () => {
  useTestDatabase();

  it('when the same event is left twice, then the jobs find one pending message', async () => {
    await OutboxMessageModel.createIndexes();
    const entry = {
      kind: 'letter.created',
      payload: { letterId: 'abc' },
      idempotencyKey: 'letter.created:abc',
    };

    await expect(enqueueOutboxMessage(entry)).resolves.toBe(true);
    await expect(enqueueOutboxMessage(entry)).resolves.toBe(false);

    const messages = await OutboxMessageModel.find({ status: 'pending' }).lean();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: 'letter.created', payload: { letterId: 'abc' }, attempts: 0 });
  });
});
