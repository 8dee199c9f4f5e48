import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { eventually, useAdminApp } from '../helpers/admin-app.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The directives of a Content-Security-Policy header by name. */
const directivesOf = (header: string) =>
  new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );

/** What a person sees of the page's width: nothing to scroll sideways, and how far right things reach. */
const widths = (page: Page) =>
  page.evaluate<{ viewport: number; document: number; body: number }>(`({
    viewport: window.innerWidth,
    document: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
  })`);

describe('the staff app’s security headers, caching and layout', () => {
  const app = useAdminApp(import.meta.url);

  it('when /admin/ is served, then its CSP allows no inline script or style and the page keeps to it on every main screen', async () => {
    const first = await app.api.get('/admin/');
    const second = await app.api.get('/admin/');
    expect(first.status).toBe(200);
    const csp = directivesOf(first.headers['content-security-policy'] ?? '');
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toContain("'self'");
    expect(csp.get('style-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    const nonce = csp
      .get('style-src')!
      .find((value) => value.startsWith("'nonce-"))
      ?.slice(7, -1);
    expect(nonce).toBeDefined();
    expect(first.text).toContain(`nonce="${nonce}"`);
    expect(first.text).not.toContain('CSP_NONCE');
    expect(second.headers['content-security-policy']).not.toBe(first.headers['content-security-policy']);

    const { page } = app;
    await app.signInAsStaff(app.admin.email, app.admin.password);
    await page
      .getByRole('link', { name: /^ОБР-\d{4}-\d{6}$/ })
      .first()
      .click();
    await page.getByText('История статусов').first().waitFor();
    const screens: [string, string][] = [
      ['members', 'Реестровый №'],
      ['representatives', 'E-mail'],
      ['letters', 'Письма'],
      ['events', 'События'],
      ['dashboard', 'Открытые обращения по экспертам'],
      ['audit', 'Журнал аудита'],
      ['staff-users', app.expert.email],
    ];
    for (const [screen, sign] of screens) {
      await page.goto(`${app.baseUrl}/admin/#/${screen}`);
      await page.getByRole('button', { name: 'Профиль' }).waitFor();
      await page.getByText(sign).first().waitFor();
      await page
        .getByRole('progressbar')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await app.screenshot(`csp walk ${screen}`);
    }
    const violations = app.browserProblems.filter((problem) =>
      /Content Security Policy|CSP violation/i.test(problem),
    );
    expect(violations).toEqual([]);
    expect(app.browserProblems.filter((problem) => problem.startsWith('page error'))).toEqual([]);
  });

  it('when the app’s files are fetched, then hashed assets are cached for a year as immutable and the page is revalidated', async () => {
    const page = await app.api.get('/admin/');
    expect(page.headers['cache-control']).toBe('no-cache');
    const referenced = [...page.text.matchAll(/(?:src|href)="(\/admin\/assets\/[^"]+)"/g)].map(
      (match) => match[1]!,
    );
    expect(referenced.length).toBeGreaterThan(0);
    const onDisk = readdirSync(path.join(app.deps.adminAppDir!, 'assets')).map(
      (file) => `/admin/assets/${file}`,
    );
    for (const asset of new Set([...referenced, ...onDisk])) {
      expect(asset).toMatch(/-[\w-]{8}\.\w+$/);
      const response = await app.api.get(asset);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe(IMMUTABLE);
    }
    const missing = await app.api.get('/admin/assets/index-00000000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).not.toBe(IMMUTABLE);
  });

  it('when a change rides on the staff cookie from a foreign Origin, then the API refuses it with 403 and the appeal stays as it was', async () => {
    const signIn = await app.api
      .post('/api/v1/auth/staff/sign-in')
      .send({ email: app.expert.email, password: app.expert.password });
    expect(signIn.status).toBe(200);
    const cookie = `sid=${signIn.body.token as string}`;
    const inbox = await app.api.get('/api/v1/staff/appeals?status=submitted&perPage=1').set('Cookie', cookie);
    const appeal = inbox.body.items[0] as { id: string; status: string };
    expect(appeal.status).toBe('submitted');

    const change = { status: 'rejected', comment: 'Отклонено с чужого сайта' };
    const forged = await app.api
      .post(`/api/v1/staff/appeals/${appeal.id}/status`)
      .set('Cookie', cookie)
      .set('Origin', 'https://sro-lookalike.example')
      .send(change);
    expect(forged.status).toBe(403);
    expect(forged.body.detail).toMatch(/Запрос отклонён/);
    const unchanged = await app.api.get(`/api/v1/staff/appeals/${appeal.id}`).set('Cookie', cookie);
    expect(unchanged.body.status).toBe('submitted');

    const own = await app.api
      .post(`/api/v1/staff/appeals/${appeal.id}/status`)
      .set('Cookie', cookie)
      .set('Origin', app.baseUrl)
      .send({ status: 'registered' });
    expect(own.status).toBe(200);
  });

  for (const width of [1280, 1024]) {
    it(`when the inbox is shown ${width} px wide, then the page does not scroll sideways and the menu and the table are in view`, async () => {
      const { page } = app;
      await page.setViewportSize({ width, height: 800 });
      await app.signInAsStaff(app.expert.email, app.expert.password);
      const numbers = page.getByRole('link', { name: /^ОБР-\d{4}-\d{6}$/ });
      await eventually(async () => expect(await numbers.count()).toBeGreaterThanOrEqual(20));

      const measured = await widths(page);
      expect(measured.document).toBeLessThanOrEqual(measured.viewport);
      expect(measured.body).toBeLessThanOrEqual(measured.viewport);
      for (const item of ['Обращения', 'Реестр членов СРО', 'События']) {
        const box = await page.getByRole('menuitem', { name: item }).boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      }
      const table = await page.getByRole('table').boundingBox();
      expect(table!.x).toBeGreaterThan(100);
      for (const header of ['Обращение', 'Член СРО', 'Статус и срок ответа', 'Эксперт']) {
        const cell = await page
          .getByRole('columnheader')
          .filter({ hasText: new RegExp(`^${header}`) })
          .boundingBox();
        expect(cell!.x + cell!.width).toBeLessThanOrEqual(width);
      }
      const firstNumber = await numbers.first().boundingBox();
      expect(firstNumber!.y + firstNumber!.height).toBeLessThanOrEqual(800);
      await app.screenshot(`inbox at ${width} px`);

      await numbers.first().click();
      await page.getByText('История статусов').first().waitFor();
      const appealPage = await widths(page);
      expect(appealPage.document).toBeLessThanOrEqual(appealPage.viewport);
      await app.screenshot(`appeal page at ${width} px`);
    });
  }
});
