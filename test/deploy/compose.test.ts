import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CONFIG_VARIABLES, parseConfig } from '../../api/config.js';
import { interpolate, loadComposeFile, SAMPLE_ENV, type ComposeService } from './compose-file.js';

/** Values of the secret files an operator writes under deploy/secrets/, as the README says. */
const SAMPLE_SECRETS: Record<string, string> = {
  mongodb_uri:
    'mongodb://sro:0123abcd@mongo1:27017,mongo2:27017,mongo3:27017/sro?replicaSet=rs0&authSource=admin',
  redis_url: 'redis://:4567cdef@redis:6379',
  smtp_url: 'smtps://cabinet:secret@mail.sro.example:465',
  telegram_bot_token: '7000000123:AAH-compose-check-token_0123456789',
  telegram_webhook_secret: 'webhook-secret-0123456789abcdef',
};

const APP_IMAGE = 'sro-cabinet:latest';
const argsOf = (value: string[] | string | undefined) =>
  Array.isArray(value) ? value : [value ?? ''].join(' ').split(' ');

async function appServices() {
  const compose = await loadComposeFile();
  return Object.entries(compose.services).filter(([, service]) => service.image === APP_IMAGE);
}

/** The service's environment with each secret file replaced by a file holding the sample value. */
async function environmentOf(service: ComposeService): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sro-compose-secrets-'));
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(service.environment ?? {})) {
    const secret = /^\/run\/secrets\/(\w+)$/.exec(value)?.[1];
    if (secret) {
      expect(service.secrets).toContain(secret);
      const file = path.join(dir, secret);
      await writeFile(file, `${SAMPLE_SECRETS[secret]}\n`);
      env[name] = file;
    } else env[name] = value;
  }
  return env;
}

describe('deploy/compose.yaml', () => {
  it('when read as Compose reads it, then it is valid against the Compose Specification schema', async () => {
    const schema = JSON.parse(await readFile('test/deploy/compose-spec.json', 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);

    const valid = validate(await loadComposeFile());

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('when a variable the operator must set is missing, then Compose refuses to start and names it', async () => {
    await expect(loadComposeFile({ ACME_EMAIL: 'admin@sro.example' })).rejects.toThrow(
      'PUBLIC_HOST: set PUBLIC_HOST in deploy/.env',
    );
    expect(interpolate('$${HOME} ${A:-x} ${B-y} ${C}', { B: '' })).toBe('${HOME} x  ');
  });

  it('when compared with the config schema, then every app service sets every variable the app reads', async () => {
    const services = await appServices();
    expect(services.map(([name]) => name).sort()).toEqual(['api1', 'api2', 'jobs']);
    for (const [name, service] of services) {
      const env = service.environment ?? {};
      const args = argsOf(service.command);
      const missing = CONFIG_VARIABLES.filter(
        (variable) =>
          !(variable in env) &&
          !(`${variable}_FILE` in env) &&
          !(variable === 'ROLES' && args.includes('--role')),
      );
      expect({ service: name, missing }).toEqual({ service: name, missing: [] });
    }
  });

  it('when each app service’s environment is parsed by the app’s config, then it is a production replica-set setup', async () => {
    const roles: Record<string, string[]> = {};
    for (const [name, service] of await appServices()) {
      const config = parseConfig(await environmentOf(service), [
        'node',
        'dist/api/main.js',
        ...argsOf(service.command).slice(2),
      ]);
      roles[name] = [...config.roles].sort();
      expect(config.production).toBe(true);
      expect(config.publicUrl).toBe(`https://${SAMPLE_ENV.PUBLIC_HOST}`);
      expect(config.mongodbUri).toMatch(/replicaSet=rs0/);
      expect(config.redisUrl).toBe(SAMPLE_SECRETS.redis_url);
      expect(config.metricsPort).toBe(9464);
      expect(config.telegram).toMatchObject({ mode: 'webhook', token: SAMPLE_SECRETS.telegram_bot_token });
      expect(config.smtpUrl).toBe(SAMPLE_SECRETS.smtp_url);
    }
    expect(roles).toEqual({ api1: ['api', 'bot'], api2: ['api', 'bot'], jobs: ['jobs'] });
  });

  it('when the data services are read, then MongoDB is a three-node replica set, Redis persists with noeviction, and backups run', async () => {
    const { services, secrets } = await loadComposeFile();
    const mongoNodes = Object.entries(services).filter(([, service]) =>
      argsOf(service.entrypoint).join(' ').includes('--replSet rs0'),
    );
    expect(mongoNodes.map(([name]) => name)).toEqual(['mongo1', 'mongo2', 'mongo3']);
    const init = await readFile('deploy/mongo/init-replica-set.js', 'utf8');
    for (const [name] of mongoNodes) expect(init).toContain(`host: '${name}:27017'`);
    expect(argsOf(services['mongo-init']!.command).join(' ')).toContain('/init-replica-set.js');

    const redis = argsOf(services.redis!.command).join(' ');
    expect(redis).toMatch(/--appendonly yes/);
    expect(redis).toMatch(/--maxmemory-policy noeviction/);
    expect(argsOf(services.backup!.entrypoint).join(' ')).toContain('/backup.sh');
    expect(await readFile('deploy/backup/backup.sh', 'utf8')).toMatch(/mongodump --uri=/);

    for (const secret of Object.values(secrets)) expect(secret.file).toMatch(/^\.\/secrets\//);
    const text = await readFile('deploy/compose.yaml', 'utf8');
    for (const value of Object.values(SAMPLE_SECRETS)) expect(text).not.toContain(value);
  });

  it('when the Dockerfile is read, then the runtime runs as a non-root user under tini with a HEALTHCHECK and no secrets', async () => {
    const dockerfile = await readFile('Dockerfile', 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/RUN npm run build/);
    expect(runtime).toMatch(/^FROM node:20[\w.-]*-slim /m);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tini", "--"\]$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n?.*\/healthz/m);
    expect(runtime).not.toMatch(/(TOKEN|PASSWORD|SECRET|MONGODB_URI|REDIS_URL|SMTP_URL)=/);
    const ignored = (await readFile('.dockerignore', 'utf8')).split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.env', 'deploy/secrets', 'var', 'node_modules']));
  });
});
