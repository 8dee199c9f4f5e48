import { describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { useTestDatabase } from '../helpers/database.js';

describe('data services provisioned for the tests', () => {
  useTestDatabase();

  it('when a document is written, then it reads back from the real server', async () => {
    const things = mongoose.connection.collection('things');
    await things.insertOne({ name: 'Проверка', n: 1 });
    expect(await things.findOne({ name: 'Проверка' })).toMatchObject({ n: 1 });
  });

  it('when Redis is asked, then a real server answers', async () => {
    const redis = new Redis(process.env.TEST_REDIS_URL!);
    await redis.set('probe', 'да');
    expect(await redis.get('probe')).toBe('да');
    redis.disconnect();
  });
});
