import { randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, jest } from '@jest/globals';
import mongoose from 'mongoose';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import request from 'supertest';
import type { DemoCredentials } from '../../api/db/demo/credentials.js';
import { seedDemo } from '../../api/db/demo/seed-demo.js';
import type { HttpDeps } from '../../api/http/app.js';
import {
  launchChromium,
  prepareAdminApp,
  startAdminStack,
  type AdminAppCopy,
  type AdminStack,
} from './admin-stack.js';
import { testMongoUri, uniqueDatabaseName } from './database.js';
import { silentLogger } from './silent-logger.js';
import { startSmtpPeer, type SmtpPeer } from './smtp-peer.js';

export type DemoStaffAccount = DemoCredentials['staff'][number];
export type DemoRepresentativeAccount = DemoCredentials['representatives'][number];

export const SCREENSHOT_DIR = path.resolve('var/test-screenshots');
const SETUP_TIMEOUT_MS = 120_000;
/** A browser test walks several screens; on a busy CI machine that takes longer than jest's default 30 s. */
const TEST_TIMEOUT_MS = 90_000;

export interface AdminApp {
  /** The page of this test's own browser context (1280×800), fresh for every test. */
  page: Page;
  context: BrowserContext;
  browser: Browser;
  /** http://127.0.0.1:<port>: the API, the staff app at /admin/ and the feeds. */
  baseUrl: string;
  credentials: DemoCredentials;
  /** The demo's administrator and its first expert. */
  admin: DemoStaffAccount;
  expert: DemoStaffAccount;
  /** The real SMTP server the jobs deliver the outbox to. */
  smtp: SmtpPeer;
  /** supertest against the same server, as a representative's client or a script would call it. */
  api: ReturnType<typeof request>;
  deps: HttpDeps;
  /** Console errors, page errors and CSP violations of this test's page, in order. */
  browserProblems: string[];
  /** Signs in on the app's sign-in page and waits for the signed-in layout. */
  signInAsStaff(email: string, password: string): Promise<void>;
  /** POST /api/v1/auth/sign-in as the representative; answers the session token. */
  signInRepresentative(account: DemoRepresentativeAccount): Promise<string>;
  /** A PNG of the page as it is now, under var/test-screenshots/<test file>/; answers its path. */
  screenshot(name: string): Promise<string>;
  /** Another context (another person), closed after the test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** Retries `check` (an assertion) until it passes or `timeoutMs` runs out; then its last failure is thrown. */
export async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Each person gets an address of their own, so that rate limits of one test never refuse another. */
const clientAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 90);

/**
 * The staff app end to end: the built app served by the real API in-process on a fresh test database with the demo
 * data, the jobs delivering e-mail to a real SMTP peer, and one headless Chromium for the test file with a new context
 * per test. The returned object is filled in by the hooks; use it inside tests only.
 */
export function useAdminApp(testFile: string): AdminApp {
  jest.setTimeout(TEST_TIMEOUT_MS);
  const holder = { browserProblems: [] as string[] } as AdminApp;
  const screenshotDir = path.join(SCREENSHOT_DIR, path.basename(testFile).replace(/\.test\.ts$/, ''));
  let stack: AdminStack | null = null;
  let distCopy: AdminAppCopy | null = null;
  let dataDir = '';
  let extraContexts: BrowserContext[] = [];
  let shots = 0;

  const watch = (page: Page, problems: string[]) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  };

  const openContext = async (options: BrowserContextOptions = {}) => {
    const context = await holder.browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'ru-RU',
      timezoneId: 'Europe/Moscow',
      extraHTTPHeaders: { 'X-Forwarded-For': clientAddress() },
      ...options,
    });
    context.setDefaultTimeout(10_000);
    // a CSP violation is reported to the page as an event as well as on the console
    // (as text: this file is compiled for Node, without the DOM's types)
    await context.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) =>
        console.error('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI));`,
    });
    return context;
  };

  beforeAll(async () => {
    // started together; each is kept as soon as it is up, so that afterAll stops it even if another fails
    const started = [
      startSmtpPeer().then((smtp) => (holder.smtp = smtp)),
      launchChromium().then((browser) => (holder.browser = browser)),
      prepareAdminApp().then((copy) => (distCopy = copy)),
    ];
    await Promise.allSettled(started);
    await Promise.all(started);
    const app = distCopy!;
    const smtp = holder.smtp;
    dataDir = mkdtempSync(path.join(tmpdir(), 'sro-admin-e2e-'));
    const dbName = uniqueDatabaseName();
    let credentialsPath = '';
    stack = await startAdminStack({
      mongoUri: testMongoUri(),
      dbName,
      redisUrl: process.env.TEST_REDIS_URL!,
      adminAppDir: app.dir,
      log: silentLogger,
      smtpUrl: smtp.url,
      dataDir,
      seed: async () => {
        ({ credentialsPath } = await seedDemo({ now: new Date(), dataDir, log: silentLogger }));
      },
    });
    holder.credentials = JSON.parse(readFileSync(credentialsPath, 'utf8')) as DemoCredentials;
    holder.admin = holder.credentials.staff.find((staff) => staff.role === 'admin')!;
    holder.expert = holder.credentials.staff.find((staff) => staff.role === 'expert')!;
    holder.baseUrl = stack.baseUrl;
    holder.deps = stack.deps;
    holder.api = request(stack.baseUrl);
    mkdirSync(screenshotDir, { recursive: true });
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await holder.browser?.close();
    if (mongoose.connection.readyState === mongoose.ConnectionStates.connected) {
      await mongoose.connection.dropDatabase().catch(() => undefined);
    }
    await stack?.stop();
    await holder.smtp?.stop();
    distCopy?.remove();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, SETUP_TIMEOUT_MS);

  beforeEach(async () => {
    holder.browserProblems = [];
    holder.context = await openContext();
    holder.page = await holder.context.newPage();
    watch(holder.page, holder.browserProblems);
  });

  afterEach(async () => {
    const name = expect.getState().currentTestName ?? `test-${shots}`;
    await holder.page
      ?.screenshot({ path: path.join(screenshotDir, `${slug(name)}.png`), fullPage: false })
      .catch(() => undefined);
    await Promise.all([holder.context, ...extraContexts].map((context) => context?.close()));
    extraContexts = [];
  });

  holder.signInAsStaff = async (email, password) => {
    const page = holder.page;
    await page.goto(`${holder.baseUrl}/admin/`);
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('textbox', { name: 'Пароль' }).fill(password);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('button', { name: /Профиль|Profile/ }).waitFor();
  };

  holder.signInRepresentative = async ({ inn, email, password }) => {
    const response = await holder.api
      .post('/api/v1/auth/sign-in')
      .set('X-Forwarded-For', clientAddress())
      .send({ inn, email, password });
    expect(response.status).toBe(200);
    return response.body.token as string;
  };

  holder.screenshot = async (name) => {
    shots += 1;
    const file = path.join(screenshotDir, `${slug(name)}.png`);
    await holder.page.screenshot({ path: file });
    return file;
  };

  holder.newContext = async (options) => {
    const context = await openContext(options);
    extraContexts.push(context);
    return context;
  };

  return holder;
}
