import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../api/config.js';

async function secretFile(content: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'sro-secret-')), 'secret');
  await writeFile(file, content);
  return file;
}

describe('secrets read from files', () => {
  it('when MONGODB_URI_FILE and TELEGRAM_BOT_TOKEN_FILE name files, then their contents are used without the final newline', async () => {
    const config = parseConfig(
      {
        MONGODB_URI_FILE: await secretFile('mongodb://sro:pa55@mongo1,mongo2,mongo3/sro?replicaSet=rs0\n'),
        TELEGRAM_BOT_TOKEN_FILE: await secretFile('7000000123:AAH-secret-file-token_0123456789'),
      },
      [],
    );
    expect(config.mongodbUri).toBe('mongodb://sro:pa55@mongo1,mongo2,mongo3/sro?replicaSet=rs0');
    expect(config.telegram.token).toBe('7000000123:AAH-secret-file-token_0123456789');
  });

  it('when a secret file holds a bad value, then the error names the variable without showing the secret', async () => {
    const file = await secretFile('redis-is-not-a-url-s3cr3t\n');
    expect(() => parseConfig({ REDIS_URL_FILE: file }, [])).toThrow(
      'REDIS_URL: expected a redis:// or rediss:// URL (got the content of REDIS_URL_FILE, not shown)',
    );
  });

  it('when the file is missing or the variable is set twice, then start-up stops naming the _FILE variable', async () => {
    expect(() => parseConfig({ SMTP_URL_FILE: '/nonexistent/smtp-url' }, [])).toThrow(
      'SMTP_URL_FILE: cannot read /nonexistent/smtp-url',
    );
    const file = await secretFile('smtp://mail.example.ru');
    expect(() => parseConfig({ SMTP_URL: 'smtp://other.example.ru', SMTP_URL_FILE: file }, [])).toThrow(
      'SMTP_URL_FILE: SMTP_URL is set as well; set only one of them',
    );
  });
});
