import { describe, expect, it } from '@jest/globals';
import { useAdminApp } from '../helpers/admin-app.js';

const MENU = ['Обращения', 'Сводка', 'Реестр членов СРО', 'Представители', 'Письма', 'События'];

describe('who may use the staff app', () => {
  const app = useAdminApp(import.meta.url);

  it('when an expert signs in, then the inbox opens under their name with the staff menu and without the administrator’s', async () => {
    const { page, expert } = app;
    await app.signInAsStaff(expert.email, expert.password);

    const banner = page.getByRole('banner');
    await banner.getByText('Входящие обращения').waitFor();
    expect(page.url()).toBe(`${app.baseUrl}/admin/#/appeals`);
    expect(await banner.getByText(expert.fullName).isVisible()).toBe(true);
    for (const item of MENU) expect(await page.getByRole('menuitem', { name: item }).isVisible()).toBe(true);
    expect(await page.getByRole('menuitem', { name: 'Сотрудники' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Фоновые задачи' }).count()).toBe(0);
    await page
      .getByRole('link', { name: /^ОБР-\d{4}-\d{6}$/ })
      .first()
      .waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(1);
  });

  it('when an expert opens the staff accounts page by its address, then the app refuses in Russian and so does the API', async () => {
    const { page, expert } = app;
    await app.signInAsStaff(expert.email, expert.password);

    await page.goto(`${app.baseUrl}/admin/#/staff-users`);
    await page.getByRole('alert').filter({ hasText: 'Раздел доступен только администратору СРО.' }).waitFor();
    expect(await page.getByRole('row').count()).toBe(0);
    expect(await page.getByText(app.admin.email).count()).toBe(0);

    const answer = await page.request.get(`${app.baseUrl}/api/v1/staff/staff-users`);
    expect(answer.status()).toBe(403);
    expect((await answer.json()).detail).toMatch(/[а-яё]/i);
  });

  it('when the administrator opens the staff accounts page, then the accounts are listed', async () => {
    const { page, admin } = app;
    await app.signInAsStaff(admin.email, admin.password);

    await page.goto(`${app.baseUrl}/admin/#/staff-users`);
    await page.getByText(app.expert.email).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'только администратору' }).count()).toBe(0);
  });

  it('when the administrator filters the audit log by an action’s name, then only those entries are shown, named in Russian', async () => {
    const { page, admin } = app;
    await app.signInAsStaff(admin.email, admin.password);

    await page.goto(`${app.baseUrl}/admin/#/audit`);
    await page.getByText('Просмотр карточки члена СРО').first().waitFor();
    await page.getByRole('combobox', { name: 'Действие' }).fill('Приостановка');
    await page.getByRole('option', { name: 'Приостановка доступа представителя' }).click();

    await page.waitForURL(/representative\.suspended/);
    await page
      .getByRole('cell', { name: 'Просмотр карточки члена СРО' })
      .first()
      .waitFor({ state: 'detached' });
    expect(
      await page.getByRole('cell', { name: 'Приостановка доступа представителя' }).count(),
    ).toBeGreaterThan(0);
    expect(await page.getByText('representative.suspended').count()).toBe(0);
    await app.screenshot('audit filtered by action');
  });

  it('when a representative signs in on the sign-in page with their e-mail and password, then the app refuses in Russian and stays on the sign-in page', async () => {
    const { page } = app;
    const representative = app.credentials.representatives[0]!;
    await page.goto(`${app.baseUrl}/admin/`);
    await page.getByLabel('E-mail').fill(representative.email);
    await page.getByRole('textbox', { name: 'Пароль' }).fill(representative.password);
    await page.getByRole('button', { name: 'Войти' }).click();

    const refusal = page.getByText(/Неверный e-mail или пароль/);
    await refusal.waitFor();
    expect(await page.getByRole('button', { name: 'Войти' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Профиль' }).count()).toBe(0);
    const me = await page.request.get(`${app.baseUrl}/api/v1/auth/me`);
    expect(me.status()).toBe(401);
  });

  it('when a browser carries a representative’s session cookie, then /admin/ shows the sign-in page, not the app', async () => {
    const { page } = app;
    const token = await app.signInRepresentative(app.credentials.representatives[2]!);
    await app.context.addCookies([{ name: 'sid', value: token, url: app.baseUrl }]);
    const me = await page.request.get(`${app.baseUrl}/api/v1/auth/me`);
    expect((await me.json()).kind).toBe('representative');

    await page.goto(`${app.baseUrl}/admin/`);
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Вход только для сотрудников СРО.' }).waitFor();
    expect(page.url()).toMatch(/#\/login$/);
    expect(await page.getByRole('button', { name: 'Профиль' }).count()).toBe(0);
    expect(await page.getByText('Входящие обращения').count()).toBe(0);
  });
});
