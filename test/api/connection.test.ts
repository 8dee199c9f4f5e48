import { describe, expect, it } from '@jest/globals';
import { connectDatabase } from '../../api/db/connection.js';
import { testMongoUri, uniqueDatabaseName } from '../helpers/database.js';

describe('the MongoDB connection', () => {
  it('when connected, then writes ask for a majority, reads go to the primary, and a read sees the write before it', async () => {
    const db = await connectDatabase(testMongoUri(), uniqueDatabaseName());
    try {
      const client = db.connection.getClient();
      expect(client.options.writeConcern?.w).toBe('majority');
      expect(client.options.retryWrites).toBe(true);
      expect(client.options.retryReads).toBe(true);
      expect(client.options.readPreference.mode).toBe('primary');

      const collection = db.connection.db!.collection('connection_check');
      for (let n = 1; n <= 20; n += 1) {
        await collection.updateOne({ _id: 'counter' as never }, { $set: { n } }, { upsert: true });
        expect(await collection.findOne({ _id: 'counter' as never })).toMatchObject({ n });
      }
      await db.connection.dropDatabase();
    } finally {
      await db.close();
    }
  });
});
