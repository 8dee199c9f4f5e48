import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { EventModel } from '../../../api/domain/events/event.model.js';
import { InspectionModel } from '../../../api/domain/inspections/inspection.model.js';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { formatRub } from '../../../api/domain/shared/money.js';
import { calendarDayNumber } from '../../../api/domain/shared/sro-calendar.js';
import { TEST_PUBLIC_URL } from '../../helpers/api-app.js';
import { TEST_PASSWORD } from '../../helpers/factories.js';
import { moscowNoon } from '../cabinet/cabinet-fixtures.js';
import { linkedAccount, newAccount, recordingLogger, useTelegramApi } from '../telegram/telegram-fixtures.js';
import { fetchFeed, seedEveryKind, subscribe } from './calendar-fixtures.js';
import { parseWithBoth, type ParsedCalendar, type ParsedEvent } from './ical-parsers.js';

const DAY_MS = 86_400_000;
const HOUR = 3600;

/** The date of the SRO calendar day `offset` days from today, as iCalendar's DATE reads in ISO form. */
const sroDate = (offset: number) =>
  new Date((calendarDayNumber(new Date()) + offset) * DAY_MS).toISOString().slice(0, 10);
/** The Moscow wall-clock time of an instant (Moscow is UTC+3 all year). */
const moscowWallClock = (instant: Date) =>
  new Date(instant.getTime() + 3 * HOUR * 1000).toISOString().slice(0, 19);

/** Long, with characters of 1, 2, 3 and 4 octets, so that folding meets each of them at a line's end. */
const AGENDA =
  `Повестка 🏗: ${'отчёт правления за 2025 год; взнос 15 000 ₽ — «смета» № 7; '.repeat(6)}`.trim();

const bySummary = (parsed: ParsedCalendar, start: string): ParsedEvent => {
  const found = parsed.events.filter((event) => event.summary?.startsWith(start));
  if (found.length !== 1) throw new Error(`${found.length} entries start with «${start}»`);
  return found[0]!;
};

describe('the iCal feed of a representative', () => {
  const recording = recordingLogger();
  const api = useTelegramApi({ log: recording.log });

  describe('of two members with dates of every kind', () => {
    let a: Awaited<ReturnType<typeof newAccount>>;
    let seededA: Awaited<ReturnType<typeof seedEveryKind>>;
    let seededB: Awaited<ReturnType<typeof seedEveryKind>>;
    let feedA: request.Response;
    let parsedA: ParsedCalendar;
    let parsedB: ParsedCalendar;

    beforeAll(async () => {
      a = await newAccount(api);
      const b = await newAccount(api);
      seededA = await seedEveryKind(a.member._id, a.representative._id, 'А');
      seededB = await seedEveryKind(b.member._id, b.representative._id, 'Б');
      await EventModel.create({
        title: 'Общее собрание членов СРО',
        description: AGENDA,
        kind: 'general_assembly',
        startsAt: moscowNoon(15),
        endsAt: new Date(moscowNoon(15).getTime() + 3 * HOUR * 1000),
      });
      feedA = await fetchFeed(api, (await subscribe(api, a.token)).url);
      parsedA = parseWithBoth(feedA.text);
      parsedB = parseWithBoth((await fetchFeed(api, (await subscribe(api, b.token)).url)).text);
    });

    it("when the feed is fetched, then ical.js and Python's icalendar both read the member's dates of every kind, in Russian", () => {
      expect(feedA.status).toBe(200);
      expect(feedA.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
      expect(parsedA.calendar.name).toBe(`СРО — ${a.member.shortName}`);
      expect(parsedA.events.map((event) => event.summary).sort()).toEqual(
        [
          'Совещание с членом А',
          'Общее собрание членов СРО',
          'Плановая проверка СРО: Соблюдение стандартов СРО (А)',
          'Срок сдачи: Отчёт о деятельности члена СРО за 2025 год',
          'Окончание договора страхования № ГО-А (АО «Страхование»)',
          `Срок оплаты членского взноса за январь 2026: ${formatRub(15000)}`,
          `Срок ответа СРО на обращение № ${seededA.appeal.registrationNumber}`,
        ].sort(),
      );
      const meeting = bySummary(parsedA, 'Совещание');
      expect(meeting.location).toBe('Москва, ул. Строителей, 1');
      expect(meeting.description).toBe('Видеосвязь: https://meet.example/sro');
    });

    it('when the feed is read, then it holds the VTIMEZONE of Europe/Moscow and timed entries are at Moscow time', () => {
      expect(parsedA.calendar.timezone).toBe('Europe/Moscow');
      expect(parsedA.timezones).toEqual([{ tzid: 'Europe/Moscow', offsets: Array(6).fill(3 * HOUR) }]);
      const start = seededA.event.startsAt;
      expect(bySummary(parsedA, 'Совещание').start).toEqual({
        utc: start.toISOString().replace('.000Z', 'Z'),
        local: moscowWallClock(start),
        tzid: 'Europe/Moscow',
        offset: 3 * HOUR,
      });
      expect(moscowWallClock(start)).toMatch(/T12:00:00$/);
      expect(bySummary(parsedA, 'Совещание').end).toMatchObject({
        local: moscowWallClock(seededA.event.endsAt),
      });
    });

    it('when the feed is read, then deadlines are whole Moscow days and an inspection spans its period', () => {
      expect(bySummary(parsedA, 'Срок сдачи')).toMatchObject({
        start: { date: sroDate(12) },
        end: { date: sroDate(13) },
      });
      expect(bySummary(parsedA, 'Срок оплаты')).toMatchObject({ start: { date: sroDate(10) } });
      expect(bySummary(parsedA, 'Окончание договора')).toMatchObject({ start: { date: sroDate(30) } });
      expect(bySummary(parsedA, 'Плановая проверка')).toMatchObject({
        start: { date: sroDate(20) },
        end: { date: sroDate(34) },
        description: 'Статус: запланирована',
      });
      expect(parsedA.events.some((event) => event.summary?.includes('Отменённая'))).toBe(false);
    });

    it('when the feed is read, then events remind a day and an hour before, deadlines at 09:00 the day before', () => {
      const alarms = (start: string) =>
        bySummary(parsedA, start).alarms.map(({ action, secondsBefore }) => ({ action, secondsBefore }));
      const display = (secondsBefore: number) => ({ action: 'DISPLAY', secondsBefore });

      expect(alarms('Совещание')).toEqual([display(24 * HOUR), display(HOUR)]);
      expect(bySummary(parsedA, 'Совещание').alarms.map((alarm) => alarm.description)).toEqual([
        'Завтра: Совещание с членом А',
        'Через час: Совещание с членом А',
      ]);
      // a whole day starts at its midnight: 15 hours before is 09:00 of the day before
      for (const start of ['Срок сдачи', 'Срок оплаты', 'Плановая проверка'])
        expect(alarms(start)).toEqual([display(15 * HOUR)]);
      expect(alarms('Окончание договора')).toEqual([display(29 * 24 * HOUR + 15 * HOUR), display(15 * HOUR)]);
      expect(alarms('Срок ответа СРО')).toEqual([]);
    });

    it('when the feed is written, then every line is at most 75 octets and long texts come back whole', () => {
      const lines = feedA.text.split('\r\n');
      expect(Math.max(...lines.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
      expect(lines.some((line) => line.startsWith(' '))).toBe(true);
      expect(feedA.text).not.toMatch(
        /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
      );
      expect(bySummary(parsedA, 'Общее собрание').description).toBe(AGENDA);
    });

    it('when the feed is read, then calendar apps are asked to refresh it every hour', () => {
      expect(parsedA.calendar.refreshSeconds).toBe(HOUR);
      expect(parsedA.calendar.publishedTtl).toBe('PT1H');
      expect(feedA.text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n');
    });

    it("when two members' feeds are compared, then neither holds the other's items, and an event for all has a UID of its own in each", () => {
      const summariesB = parsedB.events.map((event) => event.summary).join('\n');
      expect(summariesB).toContain('Совещание с членом Б');
      expect(summariesB).toContain('ГО-Б');
      expect(summariesB).not.toMatch(/членом А|\(А\)|ГО-А/);
      expect(summariesB).not.toContain(seededA.appeal.registrationNumber);
      const idsOfA = Object.values(seededA).map((item) => String(item._id));
      for (const event of parsedB.events) for (const id of idsOfA) expect(event.uid).not.toContain(id);
      expect(parsedA.events.map((event) => event.summary).join('\n')).not.toMatch(/членом Б|\(Б\)|ГО-Б/);

      const uidsA = parsedA.events.map((event) => event.uid);
      const uidsB = parsedB.events.map((event) => event.uid);
      expect(new Set([...uidsA, ...uidsB]).size).toBe(uidsA.length + uidsB.length);
      expect(bySummary(parsedA, 'Общее собрание').uid).not.toBe(bySummary(parsedB, 'Общее собрание').uid);
      expect(String(seededB.event._id)).not.toBe(String(seededA.event._id));
    });

    it('when the feed is fetched again, then it is the same text byte for byte and every entry keeps its UID', async () => {
      const again = await fetchFeed(api, (await subscribe(api, a.token)).url);

      expect(again.text).toBe(feedA.text);
      const uids = parsedA.events.map((event) => event.uid!);
      expect(uids.every((uid) => uid.endsWith('@cabinet.test'))).toBe(true);
      expect(new Set(uids).size).toBe(uids.length);
    });
  });

  it('when an event changes, then its entry keeps its UID and reads the new title', async () => {
    const { member, representative, token } = await newAccount(api);
    const { event } = await seedEveryKind(member._id, representative._id, 'В');
    const { url } = await subscribe(api, token);
    const before = parseWithBoth((await fetchFeed(api, url)).text);

    await EventModel.updateOne({ _id: event._id }, { $set: { title: 'Совещание перенесено' } });
    const after = parseWithBoth((await fetchFeed(api, url)).text);

    expect(after.events.map((entry) => entry.uid).sort()).toEqual(
      before.events.map((entry) => entry.uid).sort(),
    );
    expect(bySummary(after, 'Совещание').uid).toBe(bySummary(before, 'Совещание').uid);
    expect(bySummary(after, 'Совещание').summary).toBe('Совещание перенесено');
  });

  it('when the server runs in another time zone, then the feed reads exactly the same, in Moscow time', () => {
    const renderIn = (zone: string) => {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'test/api/calendar/render-sample-feed.ts'],
        {
          env: { ...process.env, TZ: zone },
          encoding: 'utf8',
        },
      );
      if (run.status !== 0) throw new Error(run.stderr);
      return run.stdout;
    };

    const utc = renderIn('UTC');

    expect(utc).toContain('\r\nDTSTART;TZID=Europe/Moscow:20260312T233000\r\n');
    expect(utc).toContain('\r\nDTSTAMP:20260302T100000Z\r\n');
    expect(utc).toContain('\r\nDTSTART;VALUE=DATE:20260401\r\nDTEND;VALUE=DATE:20260402\r\n');
    expect(renderIn('America/New_York')).toBe(utc);
    expect(renderIn('Asia/Kamchatka')).toBe(utc);
  });

  it('when any dated item or the member changes right after a fetch, then the next fetch shows it (the cached feed is never stale)', async () => {
    const { member, representative, token } = await newAccount(api);
    const { url } = await subscribe(api, token);
    const summaries = async () =>
      parseWithBoth((await fetchFeed(api, url)).text)
        .events.map((event) => event.summary)
        .join('\n');
    expect(await summaries()).not.toContain('(Е)');
    // the first fetch filled the cache; each write below must replace what it was stored under

    const seeded = await seedEveryKind(member._id, representative._id, 'Е');
    const all = await summaries();
    await InspectionModel.updateOne({ _id: seeded.inspection._id }, { $set: { subject: 'Новый предмет' } });
    const afterInspection = await summaries();
    await MemberModel.updateOne({ _id: member._id }, { $set: { shortName: 'ООО «Переименованное»' } });
    const renamed = parseWithBoth((await fetchFeed(api, url)).text).calendar.name;

    for (const expected of ['членом Е', 'Соблюдение стандартов СРО (Е)', 'Срок сдачи', 'ГО-Е', 'Срок оплаты'])
      expect(all).toContain(expected);
    expect(all).toContain(seeded.appeal.registrationNumber);
    expect(afterInspection).toContain('Плановая проверка СРО: Новый предмет');
    expect(renamed).toBe('СРО — ООО «Переименованное»');
  });

  describe('and its caching', () => {
    const etagOf = (text: string) => `"${createHash('sha256').update(text).digest('base64url')}"`;

    it('when the feed is fetched, then its ETag is a strong hash of the body and If-None-Match with it answers 304 without a body', async () => {
      const { member, representative, token } = await newAccount(api);
      await seedEveryKind(member._id, representative._id, 'Г');
      const { url } = await subscribe(api, token);

      const first = await fetchFeed(api, url);
      const etag = first.headers.etag as string;
      const notModified = await fetchFeed(api, url, { 'If-None-Match': etag });

      expect(etag).toBe(etagOf(first.text));
      expect(first.headers['cache-control']).toBe('private, max-age=300');
      expect(new Date(first.headers['last-modified'] as string).getTime()).not.toBeNaN();
      expect(notModified.status).toBe(304);
      expect(notModified.text).toBe('');
      expect(notModified.headers.etag).toBe(etag);
      expect(notModified.headers['cache-control']).toBe('private, max-age=300');
      expect((await fetchFeed(api, url, { 'If-None-Match': `"other", W/${etag}` })).status).toBe(304);
      expect((await fetchFeed(api, url, { 'If-None-Match': '"other"' })).status).toBe(200);
      expect(
        (await fetchFeed(api, url, { 'If-Modified-Since': first.headers['last-modified'] as string })).status,
      ).toBe(304);
    });

    it('when the dates change after the client took its copy, then its ETag and Last-Modified no longer match and it gets the new feed', async () => {
      const { member, representative, token } = await newAccount(api);
      const { event } = await seedEveryKind(member._id, representative._id, 'Д');
      const { url } = await subscribe(api, token);
      const first = await fetchFeed(api, url);
      const copy = {
        etag: first.headers.etag as string,
        lastModified: first.headers['last-modified'] as string,
      };

      // a deletion leaves no newer item behind: the feed's own record of its versions says it changed
      await EventModel.deleteOne({ _id: event._id });
      const byEtag = await fetchFeed(api, url, { 'If-None-Match': copy.etag });
      const byDate = await fetchFeed(api, url, { 'If-Modified-Since': copy.lastModified });

      expect(byEtag.status).toBe(200);
      expect(byEtag.headers.etag).not.toBe(copy.etag);
      expect(byEtag.headers.etag).toBe(etagOf(byEtag.text));
      expect(byEtag.text).not.toContain('Совещание с членом Д');
      expect(new Date(byEtag.headers['last-modified'] as string).getTime()).toBeGreaterThan(
        new Date(copy.lastModified).getTime(),
      );
      expect(byDate.status).toBe(200);
      expect((await fetchFeed(api, url, { 'If-None-Match': byEtag.headers.etag as string })).status).toBe(
        304,
      );
    });
  });

  it('when the address is rotated, then the old one stops working and the new one works', async () => {
    const { token } = await newAccount(api);
    const old = await subscribe(api, token);
    expect(old.url).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/calendar/[\\w-]{43}\\.ics$`));
    expect(old.webcalUrl).toBe(old.url.replace('http://', 'webcal://'));
    expect((await subscribe(api, token)).url).toBe(old.url);

    const rotated = await request(api.app)
      .post('/api/v1/calendar/subscription/rotate')
      .auth(token, { type: 'bearer' });

    expect(rotated.status).toBe(200);
    expect(rotated.body.url).not.toBe(old.url);
    expect((await fetchFeed(api, old.url)).status).toBe(404);
    expect((await fetchFeed(api, rotated.body.url)).status).toBe(200);
  });

  it('when the feed is fetched, then the request log does not hold its secret address', async () => {
    const { url } = await subscribe(api, (await newAccount(api)).token);
    const token = url.match(/\/calendar\/([\w-]+)\.ics$/)![1]!;

    expect((await fetchFeed(api, url)).status).toBe(200);

    const logged = recording.lines.join('');
    expect(logged).toContain('/calendar/[скрыто].ics');
    expect(logged).not.toContain(token);
  });

  it('when the account is refused or the address is unknown, then the feed gives nothing', async () => {
    const { representative, token } = await newAccount(api);
    const { url } = await subscribe(api, token);
    const served = await fetchFeed(api, url);
    await RepresentativeModel.updateOne({ _id: representative._id }, { $set: { status: 'suspended' } });

    expect((await fetchFeed(api, url)).status).toBe(410);
    expect((await fetchFeed(api, url, { 'If-None-Match': served.headers.etag as string })).status).toBe(410);
    expect((await request(api.app).get(`/calendar/${'a'.repeat(43)}.ics`)).status).toBe(404);
    expect((await request(api.app).get('/calendar/short.ics')).status).toBe(404);
  });

  it('when the password is changed, then the calendar address and the Telegram links stop working', async () => {
    const account = await linkedAccount(api);
    const { url } = await subscribe(api, account.token);

    const changed = await request(api.app)
      .post('/api/v1/auth/password')
      .auth(account.token, { type: 'bearer' })
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'Ekskavator-Zabor-Polyn-91' });

    expect(changed.status).toBeLessThan(300);
    expect((await fetchFeed(api, url)).status).toBe(404);
    expect((await subscribe(api, account.token)).url).not.toBe(url);
    expect(
      (await request(api.app).get('/api/v1/cabinet/summary').auth(account.botSession, { type: 'bearer' }))
        .status,
    ).toBe(401);
    expect((await RepresentativeModel.findById(account.representative._id).lean())?.telegram).toEqual([]);
  });
});
