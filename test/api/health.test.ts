import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { connectDatabase, type Database } from '../../api/db/connection.js';
import { createPasswordHasher } from '../../api/domain/accounts/password-hasher.js';
import { createApp } from '../../api/http/app.js';
import { testMongoUri, uniqueDatabaseName } from '../helpers/database.js';
import { silentLogger } from '../helpers/silent-logger.js';

const appFor = (db: Database) =>
  createApp({
    db,
    log: silentLogger,
    publicUrl: 'http://cabinet.test',
    hasher: createPasswordHasher(),
    redis: null,
  });

describe('GET /healthz', () => {
  it('when MongoDB answers, then 200; when the connection is gone, then 503', async () => {
    const db = await connectDatabase(testMongoUri(), uniqueDatabaseName());
    const app = appFor(db);

    const up = await request(app).get('/healthz');
    expect(up.status).toBe(200);
    expect(up.body).toEqual({ status: 'ok', mongodb: true });

    await db.close();
    const down = await request(app).get('/healthz');
    expect(down.status).toBe(503);
    expect(down.body.mongodb).toBe(false);
  });

  it('when an unknown address is asked, then a Russian problem document with 404', async () => {
    const db = await connectDatabase(testMongoUri(), uniqueDatabaseName());
    const response = await request(appFor(db)).get('/nope');
    await db.close();
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ title: 'Адрес не найден', status: 404 });
  });
});
