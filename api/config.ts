import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

export const ROLES = ['api', 'bot', 'jobs'] as const;
export type Role = (typeof ROLES)[number];

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

const rolesSchema = z
  .string()
  .transform((value) => value.split(',').map((role) => role.trim()))
  .pipe(z.array(z.enum(ROLES, { error: `expected a comma-separated list of ${ROLES.join(', ')}` })).min(1));

/** Express's names for address ranges, accepted in TRUST_PROXY lists. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

const isProxyAddress = (item: string): boolean => {
  if (PROXY_RANGE_NAMES.includes(item)) return true;
  const [address = '', prefix, ...extra] = item.split('/');
  const version = isIP(address);
  if (version === 0 || extra.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
};

/**
 * Whose X-Forwarded-For is believed: `off`, a number of proxy hops, or addresses, CIDR ranges and Express's range
 * names; `true` is refused, since it would let any client choose its own address.
 */
const trustProxySchema = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (value === 'off' || value === '0') return false;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    const items = value.split(',').map((item) => item.trim());
    if (items.every(isProxyAddress)) return items;
    ctx.addIssue({
      code: 'custom',
      message: 'expected off, a number of proxy hops or a comma-separated list of addresses and CIDR ranges',
    });
    return z.NEVER;
  });

const envSchema = z.object({
  PORT: optional(z.coerce.number({ error: 'expected a port number' }).int().min(0).max(65535)).default(3000),
  METRICS_PORT: optional(z.coerce.number({ error: 'expected a port number' }).int().min(0).max(65535)),
  PUBLIC_URL: optional(z.url({ error: 'expected an absolute URL such as https://lk.example.ru' })),
  MONGODB_URI: optional(
    z.string().regex(/^mongodb(\+srv)?:\/\//, 'expected a mongodb:// or mongodb+srv:// URI'),
  ),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\//, 'expected a redis:// or rediss:// URL')),
  TELEGRAM_BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]{20,}$/, 'expected a token from @BotFather')),
  TELEGRAM_API_ROOT: optional(z.url({ error: 'expected the Bot API base URL' })).default(
    'https://api.telegram.org',
  ),
  TELEGRAM_BOT_USERNAME: optional(
    z.string().regex(/^@?[A-Za-z][\w]{3,31}$/, 'expected the bot username, e.g. sro_cabinet_bot'),
  ),
  BOT_MODE: optional(z.enum(['polling', 'webhook'], { error: 'expected polling or webhook' })).default(
    'polling',
  ),
  TELEGRAM_WEBHOOK_SECRET: optional(
    z.string().regex(/^[\w-]{16,256}$/, 'expected 16–256 characters of A-Z, a-z, 0-9, _ or -'),
  ),
  TELEGRAM_MESSAGES_PER_SECOND: optional(
    z.coerce.number({ error: 'expected a number of messages a second' }).int().min(1).max(1000),
  ),
  API_URL: optional(z.url({ error: 'expected the API base URL, e.g. https://lk.example.ru/api/v1' })),
  SRO_PHONE: optional(
    z.string().regex(/^[\d\s()+-]{5,30}$/, 'expected a phone number, e.g. +7 (495) 123-45-67'),
  ),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, 'expected an smtp:// or smtps:// URL')),
  MAIL_FROM: optional(z.string().min(3)).default('СРО — личный кабинет <no-reply@sro.local>'),
  ROLES: optional(rolesSchema),
  DATA_DIR: optional(z.string()).default('var'),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
  TRUST_PROXY: optional(trustProxySchema).default(['loopback']),
  NODE_ENV: optional(z.enum(['development', 'production', 'test'])).default('development'),
});

export type Config = ReturnType<typeof parseConfig>;

/** Every variable the configuration reads. */
export const CONFIG_VARIABLES = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

/** Variables holding secrets; each may be read from a file instead, named by `<NAME>_FILE` (a compose secret). */
export const SECRET_VARIABLES = [
  'MONGODB_URI',
  'REDIS_URL',
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
  'SMTP_URL',
] as const satisfies readonly (keyof typeof envSchema.shape)[];

export class ConfigError extends Error {}

function roleFromArgs(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--role');
  if (index >= 0) return argv[index + 1] ?? '';
  return argv.find((arg) => arg.startsWith('--role='))?.slice('--role='.length);
}

/** The environment with each `<NAME>_FILE` of a secret replaced by the file's content (without the final newline). */
function readSecretFiles(env: NodeJS.ProcessEnv): { env: NodeJS.ProcessEnv; fromFiles: Set<string> } {
  const resolved = { ...env };
  const fromFiles = new Set<string>();
  for (const name of SECRET_VARIABLES) {
    const file = env[`${name}_FILE`];
    if (!file) continue;
    if (env[name]) throw new ConfigError(`${name}_FILE: ${name} is set as well; set only one of them`);
    try {
      resolved[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch {
      throw new ConfigError(`${name}_FILE: cannot read ${file}`);
    }
    fromFiles.add(name);
  }
  return { env: resolved, fromFiles };
}

/** Parses the environment and command line once; throws ConfigError naming the first bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv) {
  const roleArg = roleFromArgs(argv);
  const secrets = readSecretFiles(env);
  const source = roleArg === undefined ? secrets.env : { ...secrets.env, ROLES: roleArg };
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0]);
    const name = roleArg !== undefined && variable === 'ROLES' ? '--role' : variable;
    const got = secrets.fromFiles.has(variable)
      ? `the content of ${variable}_FILE, not shown`
      : JSON.stringify(source[variable]);
    throw new ConfigError(`${name}: ${issue.message} (got ${got})`);
  }
  const { PORT, PUBLIC_URL, DATA_DIR, ...rest } = result.data;
  if (rest.BOT_MODE === 'webhook' && rest.TELEGRAM_BOT_TOKEN && !rest.TELEGRAM_WEBHOOK_SECRET) {
    throw new ConfigError('TELEGRAM_WEBHOOK_SECRET: required when BOT_MODE=webhook');
  }
  const roles = new Set<Role>(rest.ROLES ?? ROLES);
  if (
    rest.METRICS_PORT !== undefined &&
    rest.METRICS_PORT !== 0 &&
    rest.METRICS_PORT === PORT &&
    roles.has('api')
  ) {
    throw new ConfigError('METRICS_PORT: expected a port other than PORT (the metrics port is internal)');
  }
  if (rest.BOT_MODE === 'webhook' && rest.TELEGRAM_BOT_TOKEN && roles.has('bot') && !roles.has('api')) {
    throw new ConfigError(
      'BOT_MODE: webhook mode needs the api role in the same process (its HTTP server takes the updates)',
    );
  }
  const publicUrl = (PUBLIC_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, '');
  return {
    port: PORT,
    /** The internal port serving /metrics, /healthz and /readyz in every role; null: none. */
    metricsPort: rest.METRICS_PORT ?? null,
    publicUrl,
    mongodbUri: rest.MONGODB_URI,
    redisUrl: rest.REDIS_URL,
    telegram: {
      token: rest.TELEGRAM_BOT_TOKEN,
      apiRoot: rest.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
      username: rest.TELEGRAM_BOT_USERNAME?.replace(/^@/, ''),
      mode: rest.BOT_MODE,
      webhookSecret: rest.TELEGRAM_WEBHOOK_SECRET,
      sroPhone: rest.SRO_PHONE ?? null,
      messagesPerSecond: rest.TELEGRAM_MESSAGES_PER_SECOND,
    },
    /** Where a bot without the api role in its process finds the API; defaults to the public URL. */
    apiUrl: (rest.API_URL ?? `${publicUrl}/api/v1`).replace(/\/+$/, ''),
    smtpUrl: rest.SMTP_URL,
    mailFrom: rest.MAIL_FROM,
    roles,
    dataDir: path.resolve(DATA_DIR),
    logLevel: rest.LOG_LEVEL,
    trustProxy: rest.TRUST_PROXY,
    production: rest.NODE_ENV === 'production',
    demo: argv.includes('--demo'),
  };
}
