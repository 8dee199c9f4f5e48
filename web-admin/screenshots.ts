/**
 * `npm run screenshots`: the staff app's main screens at 1280×800 on the demo data, as PNGs in docs/screenshots/.
 * Starts what it needs (a fresh FerretDB or mongod, Redis, the API with the built app on a free port, Chromium) and
 * stops all of it.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { DemoCredentials } from '../api/db/demo/credentials.js';
import { seedDemo } from '../api/db/demo/seed-demo.js';
import { provisionMongo } from '../api/db/mongo-provision.js';
import { provisionRedis } from '../api/db/redis-provision.js';
import { createLogger } from '../api/logger.js';
import { launchChromium, prepareAdminApp, startAdminStack } from '../test/helpers/admin-stack.js';

const OUT_DIR = path.resolve('docs/screenshots');
const VIEWPORT = { width: 1280, height: 800 };

const log = createLogger('info');
const stops: (() => Promise<unknown>)[] = [];

/** Waits until the screen shows `text` and nothing is loading any more. */
async function settle(page: Page, text: string): Promise<void> {
  await page.getByText(text).first().waitFor();
  await page
    .getByRole('progressbar')
    .first()
    .waitFor({ state: 'detached', timeout: 5000 })
    .catch(() => undefined);
  // notifications and ripples fade out
  await page.waitForTimeout(400);
}

async function main(): Promise<void> {
  await mkdir(path.resolve('var'), { recursive: true });
  const dataDir = await mkdtemp(path.resolve('var', 'screenshots-'));
  stops.push(() => rm(dataDir, { recursive: true, force: true }));
  const mongo = await provisionMongo({
    dataDir: path.join(dataDir, 'db'),
    toolsDir: path.resolve('var/tools'),
    log,
  });
  stops.push(mongo.stop);
  const redis = await provisionRedis({ allowMemory: false, log });
  stops.push(redis.stop);
  const distCopy = await prepareAdminApp();
  stops.push(async () => distCopy.remove());
  let credentialsPath = '';
  const stack = await startAdminStack({
    mongoUri: mongo.uri,
    dbName: 'sro-screenshots',
    redisUrl: redis.url!,
    adminAppDir: distCopy.dir,
    log: createLogger('warn'),
    dataDir,
    seed: async () => {
      ({ credentialsPath } = await seedDemo({ now: new Date(), dataDir, log }));
    },
  });
  stops.push(stack.stop);
  const credentials = JSON.parse(await readFile(credentialsPath, 'utf8')) as DemoCredentials;
  const admin = credentials.staff.find((staff) => staff.role === 'admin')!;
  const featured = credentials.representatives[0]!;

  const browser = await launchChromium();
  stops.push(() => browser.close());
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
  page.setDefaultTimeout(20_000);
  await mkdir(OUT_DIR, { recursive: true });
  const written: string[] = [];
  const shoot = async (name: string) => {
    const file = path.join(OUT_DIR, `${name}.png`);
    await page.screenshot({ path: file });
    written.push(path.relative(process.cwd(), file));
  };
  const open = async (route: string, sign: string, name: string) => {
    await page.goto(`${stack.baseUrl}/admin/#/${route}`);
    await settle(page, sign);
    await shoot(name);
  };

  await page.goto(`${stack.baseUrl}/admin/`);
  await settle(page, 'СРО — рабочее место сотрудника');
  await shoot('login');
  await page.getByLabel('E-mail').fill(admin.email);
  await page.getByRole('textbox', { name: 'Пароль' }).fill(admin.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await settle(page, 'Срок ответа');
  await shoot('inbox');

  await page
    .getByRole('link', { name: /^ОБР-\d{4}-\d{6}$/ })
    .first()
    .click();
  await settle(page, 'История статусов');
  await shoot('appeal');

  await page.goto(`${stack.baseUrl}/admin/#/members`);
  await page.getByLabel('Наименование, ИНН или реестровый №').fill(featured.inn);
  await page.getByRole('row').filter({ hasText: featured.inn }).click();
  await settle(page, 'Карточка');
  await shoot('member');

  await open('representatives', 'Представители членов СРО', 'representatives');
  await open('letters', 'Письма', 'letters');
  await open('events', 'События', 'events');
  await open('dashboard', 'Открытые обращения по экспертам', 'dashboard');
  await open('audit', 'Журнал аудита', 'audit');
  log.info(`screenshots: ${written.join(', ')}`);
}

try {
  await main();
} catch (error) {
  log.error({ err: error }, 'screenshots failed');
  process.exitCode = 1;
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
}
