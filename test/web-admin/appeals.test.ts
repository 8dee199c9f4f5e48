import { describe, expect, it } from '@jest/globals';
import { eventually, useAdminApp, type DemoRepresentativeAccount } from '../helpers/admin-app.js';

/** A one-page PDF, as an expert would attach a scanned answer. */
const ANSWER_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

describe('appeals in the staff app', () => {
  const app = useAdminApp(import.meta.url);

  /** The representative files an appeal through the cabinet's API, as the bot does. */
  async function fileAppeal(account: DemoRepresentativeAccount, text: string) {
    const token = await app.signInRepresentative(account);
    const filed = await app.api
      .post('/api/v1/appeals')
      .auth(token, { type: 'bearer' })
      .field('category', 'other')
      .field('text', text);
    expect(filed.status).toBe(201);
    return { token, id: filed.body.id as string, number: filed.body.registrationNumber as string };
  }

  /** Finds the appeal in the inbox by its number (the «Номер» filter) and opens its page from the number. */
  async function openFromInbox(inn: string, number: string) {
    const { page } = app;
    await page.getByRole('button', { name: 'Добавить фильтр' }).click();
    await page.getByRole('menu').getByText('Номер', { exact: true }).click();
    await page.getByLabel('Номер').fill(number);
    const link = page.getByRole('link', { name: number });
    await link.waitFor();
    await eventually(async () => expect(await page.getByRole('row').count()).toBe(2));
    const row = page.getByRole('row').filter({ has: link });
    expect(await row.getByText('Подано').isVisible()).toBe(true);
    expect(await row.getByText(`ИНН ${inn}`).isVisible()).toBe(true);
    await app.screenshot(`inbox filtered by ${number}`);
    await link.click();
    await page.getByRole('heading', { name: number, level: 2 }).waitFor();
  }

  it('when an expert takes a new appeal and answers it with a file, then the member finds the letter with the file and the appeal answered', async () => {
    const account = app.credentials.representatives[0]!;
    const question =
      'Просим разъяснить, какие документы нужны для повышения уровня ответственности по КФ ОДО.';
    const appeal = await fileAppeal(account, question);
    const { page } = app;
    await app.signInAsStaff(app.expert.email, app.expert.password);

    await openFromInbox(account.inn, appeal.number);
    await page.getByText(question).waitFor();
    expect(await page.getByText('Не назначен').isVisible()).toBe(true);
    await app.screenshot('new appeal');

    await page.getByRole('button', { name: 'Назначить' }).click();
    const assign = page.getByRole('dialog', { name: 'Назначить эксперта' });
    const expert = assign.getByRole('combobox', { name: 'Эксперт' });
    await eventually(async () => expect(await expert.inputValue()).toBe(app.expert.fullName));
    await assign.getByRole('button', { name: 'Подтвердить' }).click();
    await page.getByText('Эксперт назначен').waitFor();
    await assign.waitFor({ state: 'hidden' });
    const card = page.locator('main');
    await card.getByText('В работе').first().waitFor();
    expect(await card.getByText(app.expert.fullName).first().isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Ответить' }).click();
    const answer = page.getByRole('dialog', { name: 'Ответ члену СРО' });
    const answerText =
      'Для повышения уровня представьте заявление, подписанное ЭП руководителя, и внесите доплату в КФ ОДО.';
    await answer.getByLabel('Текст ответа').fill(answerText);
    await answer.locator('input[type=file]').setInputFiles({
      name: 'razyasnenie-odo.pdf',
      mimeType: 'application/pdf',
      buffer: ANSWER_PDF,
    });
    await answer.getByText('razyasnenie-odo.pdf').waitFor();
    await app.screenshot('answer dialog with a file');
    await answer.getByRole('button', { name: 'Отправить' }).click();
    await page.getByText('Ответ отправлен: член СРО увидит его в кабинете и в боте').waitFor();
    await card.getByText('Дан ответ').first().waitFor();
    await page.getByText('Ответ отправлен письмом').waitFor();
    await app.screenshot('answered appeal');

    const seen = await app.api.get(`/api/v1/appeals/${appeal.id}`).auth(appeal.token, { type: 'bearer' });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'answered', statusLabel: 'Дан ответ' });
    const letters = await app.api.get('/api/v1/cabinet/letters').auth(appeal.token, { type: 'bearer' });
    expect(letters.status).toBe(200);
    const brief = (letters.body.items as { id: string; subject: string }[]).find(
      (letter) => letter.subject === `Ответ на обращение № ${appeal.number}`,
    );
    expect(brief).toBeDefined();
    const letter = await app.api
      .get(`/api/v1/cabinet/letters/${brief!.id}`)
      .auth(appeal.token, { type: 'bearer' });
    expect(letter.body.text).toBe(answerText);
    expect(letter.body.attachments).toHaveLength(1);
    expect(letter.body.attachments[0]).toMatchObject({
      filename: 'razyasnenie-odo.pdf',
      size: ANSWER_PDF.length,
    });
    const file = await app.api
      .get(new URL(letter.body.attachments[0].downloadUrl, app.baseUrl).pathname)
      .auth(appeal.token, { type: 'bearer' })
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(file.status).toBe(200);
    expect(Buffer.compare(file.body as Buffer, ANSWER_PDF)).toBe(0);
  });

  it('when an expert registers an appeal with a comment, then the history shows the comment and the member sees it too', async () => {
    const account = app.credentials.representatives[2]!;
    const appeal = await fileAppeal(
      account,
      'Прошу сообщить реквизиты для оплаты членских взносов за I квартал.',
    );
    const { page } = app;
    await app.signInAsStaff(app.expert.email, app.expert.password);
    await openFromInbox(account.inn, appeal.number);

    await page.getByRole('button', { name: 'Статус' }).click();
    const dialog = page.getByRole('dialog', { name: 'Изменить статус' });
    await dialog.getByRole('combobox', { name: 'Новый статус' }).click();
    await page.getByRole('option', { name: 'Зарегистрировано' }).click();
    const comment = 'Зарегистрировано, реквизиты направим письмом до конца недели.';
    await dialog.getByLabel('Комментарий').fill(comment);
    await dialog.getByRole('button', { name: 'Подтвердить' }).click();
    await page.getByText('Статус изменён').waitFor();

    const history = page.getByRole('list', { name: 'История статусов' });
    const entry = history.getByRole('listitem').filter({ hasText: comment });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Зарегистрировано');
    expect(await entry.textContent()).toContain(app.expert.fullName);
    await app.screenshot('status changed with a comment');

    const seen = await app.api.get(`/api/v1/appeals/${appeal.id}`).auth(appeal.token, { type: 'bearer' });
    expect(seen.body.status).toBe('registered');
    expect(seen.body.statusHistory.at(-1)).toMatchObject({ status: 'registered', comment });
  });
});
