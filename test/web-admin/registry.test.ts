import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { eventually, useAdminApp, type DemoRepresentativeAccount } from '../helpers/admin-app.js';

const recipientOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? '';

/** An iCalendar text with its folded lines joined again (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('members, their representatives and events in the staff app', () => {
  const app = useAdminApp(import.meta.url);

  /** Picks the member in a registry autocomplete by typing its INN. */
  async function pickMember(label: string, account: DemoRepresentativeAccount) {
    const { page } = app;
    await page.getByRole('combobox', { name: label }).fill(account.inn);
    await page.getByRole('option', { name: `${account.memberName}, ИНН ${account.inn}` }).click();
  }

  it('when an expert types an INN into the registry search, then only that member is listed and its page opens from the row', async () => {
    const { page } = app;
    const account = app.credentials.representatives[3]!;
    await app.signInAsStaff(app.expert.email, app.expert.password);
    await page.getByRole('menuitem', { name: 'Реестр членов СРО' }).click();
    await eventually(async () => expect(await page.getByRole('row').count()).toBeGreaterThan(10));

    await page.getByLabel('Наименование, ИНН или реестровый №').fill(account.inn);
    await eventually(async () => expect(await page.getByRole('row').count()).toBe(2));
    const row = page.getByRole('row').nth(1);
    expect(await row.textContent()).toContain(account.inn);
    expect(await row.textContent()).toContain(account.memberName);
    await app.screenshot('registry searched by INN');

    await row.click();
    await page.getByRole('banner').getByText(account.memberName).waitFor();
    await page.getByRole('tab', { name: 'Карточка' }).waitFor();
    expect(await page.getByText(account.inn).first().isVisible()).toBe(true);
  });

  it('when an expert adds a representative, then the activation e-mail with a working link arrives at the SMTP server', async () => {
    const { page } = app;
    const account = app.credentials.representatives[3]!;
    const email = `m.orlova-${randomUUID().slice(0, 6)}@ip-nikolaev.example`;
    await app.signInAsStaff(app.expert.email, app.expert.password);
    await page.goto(`${app.baseUrl}/admin/#/representatives/create`);

    await pickMember('Член СРО', account);
    await page.getByLabel('Фамилия, имя, отчество').fill('Орлова Марина Викторовна');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Телефон').fill('+7 (843) 210-45-67');
    await app.screenshot('new representative form');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText(`На адрес ${email} отправлено письмо`).waitFor();
    await page.getByText('Ожидает активации').first().waitFor();

    let mail: ParsedMail | undefined;
    await eventually(async () => {
      mail = app.smtp.messages.find((message) => recipientOf(message) === email);
      expect(mail).toBeDefined();
    }, 20_000);
    expect(mail!.subject).toBe('Активация личного кабинета члена СРО');
    expect(mail!.text).toContain('Орлова Марина Викторовна');
    const link = mail!.text?.match(/http:\/\/127\.0\.0\.1:\d+\/account\/activate\?token=[\w-]+/)?.[0];
    expect(link).toBeDefined();
    expect(new URL(link!).origin).toBe(app.baseUrl);
    const activation = await app.api.get(new URL(link!).pathname + new URL(link!).search);
    expect(activation.status).toBe(200);
    expect(activation.text).toContain('Орлова Марина Викторовна');
    expect(activation.text).toContain(account.memberName);
  });

  it('when a phone the API does not accept is entered, then its Russian message shows on the phone field and nobody is added', async () => {
    const { page } = app;
    const account = app.credentials.representatives[3]!;
    const email = `ne-dobavlen-${randomUUID().slice(0, 6)}@ip-nikolaev.example`;
    await app.signInAsStaff(app.expert.email, app.expert.password);
    await page.goto(`${app.baseUrl}/admin/#/representatives/create`);

    await pickMember('Член СРО', account);
    await page.getByLabel('Фамилия, имя, отчество').fill('Кузнецов Пётр Ильич');
    await page.getByLabel('E-mail').fill(email);
    const phone = page.getByLabel('Телефон');
    await phone.fill('звонить в приёмную');
    await page.getByRole('button', { name: 'Сохранить' }).click();

    const message = 'Телефон: цифры, пробелы, скобки, дефисы и + в начале';
    await eventually(async () => expect(await phone.getAttribute('aria-invalid')).toBe('true'));
    const helper = page.locator(`[id="${await phone.getAttribute('aria-describedby')}"]`);
    await eventually(async () => expect(await helper.textContent()).toBe(message));
    await app.screenshot('field error from the API');
    expect(page.url()).toMatch(/#\/representatives\/create$/);
    expect(await page.getByLabel('Фамилия, имя, отчество').inputValue()).toBe('Кузнецов Пётр Ильич');
    const listed = await page.request.get(`${app.baseUrl}/api/v1/staff/representatives?perPage=100`);
    const items = (await listed.json()).items as { email: string }[];
    expect(items.some((representative) => representative.email === email)).toBe(false);
  });

  it('when an expert suspends a representative with a reason, then their open session is refused by the cabinet API', async () => {
    const { page } = app;
    const account = app.credentials.representatives[1]!;
    const token = await app.signInRepresentative(account);
    const before = await app.api.get('/api/v1/cabinet/summary').auth(token, { type: 'bearer' });
    expect(before.status).toBe(200);
    await app.signInAsStaff(app.expert.email, app.expert.password);
    await page.getByRole('menuitem', { name: 'Представители' }).click();

    await pickMember('Член СРО: название, ИНН или реестровый №', account);
    const row = page.getByRole('row').filter({ hasText: account.email });
    await row.waitFor();
    await row.getByText(account.fullName).click();
    await page.getByRole('button', { name: 'Приостановить доступ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Приостановить доступ представителя' });
    await dialog.getByLabel('Причина').fill('Сообщение организации о компрометации пароля');
    await dialog.getByRole('button', { name: 'Приостановить доступ' }).click();
    await page.getByText('Доступ представителя приостановлен').first().waitFor();
    await page.getByText('Сообщение организации о компрометации пароля').waitFor();
    await app.screenshot('suspended representative');

    const after = await app.api.get('/api/v1/cabinet/summary').auth(token, { type: 'bearer' });
    expect([401, 403]).toContain(after.status);
    const again = await app.api
      .post('/api/v1/auth/sign-in')
      .set('X-Forwarded-For', '10.77.0.1')
      .send({ inn: account.inn, email: account.email, password: account.password });
    expect(again.status).toBe(403);
  });

  it('when an expert creates an event for one member, then it is in that member’s calendar feed and not in another’s', async () => {
    const { page } = app;
    const invited = app.credentials.representatives[2]!;
    const other = app.credentials.representatives[3]!;
    const title = `Семинар по КФ ОДО ${randomUUID().slice(0, 4)}`;
    await app.signInAsStaff(app.expert.email, app.expert.password);
    await page.goto(`${app.baseUrl}/admin/#/events/create`);

    await page.getByLabel('Название').fill(title);
    await page.getByRole('combobox', { name: 'Вид' }).click();
    await page.getByRole('option', { name: 'Семинар' }).click();
    await page.getByLabel('Начало').fill('2027-02-16T10:00');
    await page.getByLabel('Окончание').fill('2027-02-16T12:30');
    await page.getByLabel('Место').fill('Казань, ул. Баумана, 15, конференц-зал');
    await pickMember('Приглашённые члены СРО (пусто — все)', invited);
    await app.screenshot('new event form');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const row = page.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toContain('Приглашено членов СРО: 1');

    const feedOf = async (account: DemoRepresentativeAccount) => {
      const token = await app.signInRepresentative(account);
      const subscription = await app.api.get('/api/v1/calendar/subscription').auth(token, { type: 'bearer' });
      expect(subscription.status).toBe(200);
      const url = new URL(subscription.body.url as string);
      expect(url.origin).toBe(app.baseUrl);
      const feed = await app.api.get(url.pathname);
      expect(feed.status).toBe(200);
      expect(feed.type).toBe('text/calendar');
      return unfold(feed.text);
    };
    const feed = await feedOf(invited);
    const event = feed.split('BEGIN:VEVENT').find((block) => block.includes(`SUMMARY:${title}`));
    expect(event).toBeDefined();
    expect(event).toMatch(/DTSTART(;TZID=Europe\/Moscow:20270216T100000|:20270216T070000Z)/);
    expect(event).toContain('LOCATION:Казань\\, ул. Баумана\\, 15\\, конференц-зал');
    expect(await feedOf(other)).not.toContain(title);
  });
});
