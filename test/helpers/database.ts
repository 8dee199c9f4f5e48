import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import mongoose from 'mongoose';

export function testMongoUri(): string {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri)
    throw new Error(
      'TEST_MONGODB_URI is not set: run the tests through jest, whose global setup provides it',
    );
  return uri;
}

export function uniqueDatabaseName(): string {
  return `test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
}

/** Connects mongoose to a fresh database of the test server for this file, and drops it afterwards. */
export function useTestDatabase(): void {
  beforeAll(async () => {
    await mongoose.connect(testMongoUri(), { dbName: uniqueDatabaseName() });
  });
  afterAll(async () => {
    await mongoose.connection.dropDatabase();
    await mongoose.disconnect();
  });
}
