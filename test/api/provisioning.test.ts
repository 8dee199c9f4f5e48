import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';
import mongoose from 'mongoose';
import { pino } from 'pino';
import { findWorkingFerretDb, provisionFerretDb } from '../../api/db/ferretdb.js';
import { useTestDatabase } from '../helpers/database.js';
import { silentLogger } from '../helpers/silent-logger.js';

/** A logger whose lines the test can read. */
function recordingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

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

describe('FerretDB provisioning with a broken ferretdb on PATH', () => {
  const realPath = process.env.PATH;
  let workingBinary: string | undefined;
  let scratch: string;
  let brokenDir: string;

  beforeAll(async () => {
    workingBinary = await findWorkingFerretDb(path.resolve('var/tools'), silentLogger);
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'sro-provisioning-'));
    brokenDir = path.join(scratch, 'path');
    await fs.mkdir(brokenDir);
    // what a plain `go install` of FerretDB v1 does at start: no version file, so it panics
    await fs.writeFile(
      path.join(brokenDir, 'ferretdb'),
      '#!/bin/sh\necho "panic: open build/version/version.txt: file does not exist" >&2\n' +
        'echo "goroutine 1 [running]:" >&2\nexit 2\n',
      { mode: 0o755 },
    );
  });

  afterEach(() => {
    process.env.PATH = realPath;
  });

  afterAll(async () => {
    await fs.rm(scratch, { recursive: true, force: true });
  });

  it('when PATH has a ferretdb that panics, then the project’s own build serves and the log names the broken one in one line', async () => {
    expect(workingBinary).toBeDefined();
    const toolsDir = path.join(scratch, 'tools');
    await fs.mkdir(path.join(toolsDir, 'bin'), { recursive: true });
    await fs.symlink(workingBinary!, path.join(toolsDir, 'bin', 'ferretdb'));
    process.env.PATH = `${brokenDir}${path.delimiter}${realPath}`;
    const { log, lines } = recordingLogger();

    const server = await provisionFerretDb(path.join(scratch, 'data'), toolsDir, log);
    try {
      const client = await new MongoClient(server.uri).connect();
      await client.db('probe').collection('things').insertOne({ n: 1 });
      expect(await client.db('probe').collection('things').countDocuments()).toBe(1);
      await client.close();
    } finally {
      await server.stop();
    }
    const named = lines.filter((line) => line.includes(path.join(brokenDir, 'ferretdb')));
    expect(named).toEqual([
      expect.stringContaining(
        `${path.join(brokenDir, 'ferretdb')} does not work (panic: open build/version/version.txt: file does not exist), trying the next option`,
      ),
    ]);
  });

  it('when the only ferretdb is broken and Go cannot build another, then the error names the broken binary', async () => {
    process.env.PATH = brokenDir;

    const failure = provisionFerretDb(
      path.join(scratch, 'data2'),
      path.join(scratch, 'no-tools'),
      silentLogger,
    );

    await expect(failure).rejects.toThrow(
      `${path.join(brokenDir, 'ferretdb')} does not work (panic: open build/version/version.txt: file does not exist); ` +
        'Go is not installed',
    );
  });
});
