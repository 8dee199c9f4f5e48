import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import request from 'supertest';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { EventModel } from '../../../api/domain/events/event.model.js';
import { DuesAccrualModel } from '../../../api/domain/finance/dues-accrual.model.js';
import { InsuranceContractModel } from '../../../api/domain/insurance/insurance-contract.model.js';
import { ReportModel } from '../../../api/domain/reports/report.model.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { formatRub } from '../../../api/domain/shared/money.js';
import { TEST_PUBLIC_URL } from '../../helpers/api-app.js';
import { TEST_PASSWORD } from '../../helpers/factories.js';
import { parseCalendar } from './ical-lines.js';
import { linkedAccount, newAccount, recordingLogger, useTelegramApi } from './telegram-fixtures.js';

const DAY_MS = 86_400_000;

describe('the iCal feed of a representative', () => {
  const recording = recordingLogger();
  const api = useTelegramApi({ log: recording.log });

  async function subscribe(token: string) {
    const response = await request(api.app)
      .get('/api/v1/calendar/subscription')
      .auth(token, { type: 'bearer' });
    expect(response.status).toBe(200);
    return response.body as { url: string; webcalUrl: string };
  }
  const fetchFeed = (url: string) => request(api.app).get(url.slice(TEST_PUBLIC_URL.length));

  async function memberWithDates(memberId: Types.ObjectId, representativeId: Types.ObjectId) {
    const soon = new Date(Date.now() + 5 * DAY_MS);
    const otherMember = new Types.ObjectId();
    await EventModel.create([
      {
        title: 'Изменения Градостроительного кодекса',
        kind: 'seminar',
        startsAt: soon,
        endsAt: new Date(soon.getTime() + 2 * 3_600_000),
        location: 'Москва, ул. Строителей, 1',
        videoUrl: 'https://meet.example/sro',
      },
      {
        title: 'Совещание по проверкам',
        kind: 'meeting',
        startsAt: soon,
        endsAt: soon,
        audience: [memberId],
      },
      { title: 'Чужое совещание', kind: 'meeting', startsAt: soon, endsAt: soon, audience: [otherMember] },
    ]);
    await ReportModel.create({
      memberId,
      kind: 'activity',
      period: 2025,
      dueAt: new Date('2026-03-31T21:30:00Z'),
    });
    await InsuranceContractModel.create({
      memberId,
      insurer: 'АО «Страхование»',
      policyNumber: 'ГО-777',
      kind: 'civil_liability',
      sumInsured: 1e7,
      validFrom: new Date(),
      validTo: new Date(Date.now() + 30 * DAY_MS),
    });
    await DuesAccrualModel.create({
      memberId,
      period: '2026-01',
      amount: 15000,
      dueDate: new Date(Date.now() + 10 * DAY_MS),
    });
    await AppealModel.create({
      memberId,
      representativeId,
      registrationNumber: `ОБР-${Date.now()}`,
      category: 'other',
      details: {},
      dueAt: new Date(Date.now() + 20 * DAY_MS),
    });
  }

  it("when the feed is fetched, then it is an iCalendar with the member's events and deadlines in Russian", async () => {
    const { member, representative, token } = await newAccount(api);
    await memberWithDates(member._id, representative._id);
    const { url, webcalUrl } = await subscribe(token);
    expect(url).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/calendar/[\\w-]{43}\\.ics$`));
    expect(webcalUrl).toBe(url.replace('http://', 'webcal://'));

    const response = await fetchFeed(url);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const { calendar, events } = parseCalendar(response.text);
    expect(calendar['X-WR-TIMEZONE']).toBe('Europe/Moscow');
    expect(calendar['X-WR-CALNAME']).toBe(`СРО — ${member.shortName}`);
    const summaries = events.map((event) => event.SUMMARY);
    expect(summaries).toHaveLength(6);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Семинар: Изменения Градостроительного кодекса',
        'Совещание: Совещание по проверкам',
        'Срок сдачи: Отчёт о деятельности члена СРО за 2025 год',
        'Окончание договора страхования № ГО-777 (АО «Страхование»)',
        `Срок оплаты членского взноса за январь 2026: ${formatRub(15000)}`,
        expect.stringMatching(/^Срок ответа СРО на обращение № ОБР-\d+$/),
      ]),
    );
    expect(summaries).not.toContain('Совещание: Чужое совещание');
    const seminar = events.find((event) => event.SUMMARY?.startsWith('Семинар'))!;
    expect(seminar.LOCATION).toBe('Москва, ул. Строителей, 1');
    expect(seminar.DTSTART).toMatch(/^\d{8}T\d{6}Z$/);
    const report = events.find((event) => event.SUMMARY?.startsWith('Срок сдачи'))!;
    expect(report['DTSTART;']).toBe('VALUE=DATE');
    expect(report.DTSTART).toBe('20260401');
  });

  it('when the feed is fetched twice, then every entry keeps its UID', async () => {
    const { member, representative, token } = await newAccount(api);
    await memberWithDates(member._id, representative._id);
    const { url } = await subscribe(token);

    const uids = async () =>
      parseCalendar((await fetchFeed(url)).text)
        .events.map((event) => event.UID)
        .sort();

    const first = await uids();
    expect(first.length).toBeGreaterThanOrEqual(6);
    expect(new Set(first).size).toBe(first.length);
    expect(await uids()).toEqual(first);
  });

  it('when the address is rotated, then the old one stops working and the new one works', async () => {
    const { token } = await newAccount(api);
    const old = await subscribe(token);
    expect((await subscribe(token)).url).toBe(old.url);

    const rotated = await request(api.app)
      .post('/api/v1/calendar/subscription/rotate')
      .auth(token, { type: 'bearer' });

    expect(rotated.status).toBe(200);
    expect(rotated.body.url).not.toBe(old.url);
    expect((await fetchFeed(old.url)).status).toBe(404);
    expect((await fetchFeed(rotated.body.url)).status).toBe(200);
  });

  it('when the feed is fetched, then the request log does not hold its secret address', async () => {
    const { url } = await subscribe((await newAccount(api)).token);
    const token = url.match(/\/calendar\/([\w-]+)\.ics$/)![1]!;

    expect((await fetchFeed(url)).status).toBe(200);

    const logged = recording.lines.join('');
    expect(logged).toContain('/calendar/[скрыто].ics');
    expect(logged).not.toContain(token);
  });

  it('when the account is refused or the address is unknown, then the feed gives nothing', async () => {
    const { representative, token } = await newAccount(api);
    const { url } = await subscribe(token);
    await RepresentativeModel.updateOne({ _id: representative._id }, { $set: { status: 'suspended' } });

    expect((await fetchFeed(url)).status).toBe(410);
    expect((await request(api.app).get(`/calendar/${'a'.repeat(43)}.ics`)).status).toBe(404);
    expect((await request(api.app).get('/calendar/short.ics')).status).toBe(404);
  });

  it('when the password is changed, then the calendar address and the Telegram links stop working', async () => {
    const account = await linkedAccount(api);
    const { url } = await subscribe(account.token);

    const changed = await request(api.app)
      .post('/api/v1/auth/password')
      .auth(account.token, { type: 'bearer' })
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'Ekskavator-Zabor-Polyn-91' });

    expect(changed.status).toBeLessThan(300);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await subscribe(account.token)).url).not.toBe(url);
    expect(
      (await request(api.app).get('/api/v1/cabinet/summary').auth(account.botSession, { type: 'bearer' }))
        .status,
    ).toBe(401);
    expect((await RepresentativeModel.findById(account.representative._id).lean())?.telegram).toEqual([]);
  });
});
