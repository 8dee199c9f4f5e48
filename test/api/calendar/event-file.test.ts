import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import request from 'supertest';
import { EventModel } from '../../../api/domain/events/event.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { moscowNoon } from '../cabinet/cabinet-fixtures.js';
import { newAccount } from '../telegram/telegram-fixtures.js';
import { fetchFeed, subscribe } from './calendar-fixtures.js';
import { parseWithBoth } from './ical-parsers.js';

const HOUR_MS = 3_600_000;

describe('GET /api/v1/cabinet/events/:id.ics', () => {
  const api = useTestApi();
  const download = (session: string, eventId: string) =>
    request(api.app).get(`/api/v1/cabinet/events/${eventId}.ics`).auth(session, { type: 'bearer' });

  it('when a representative downloads an event of the member, then it is that one event as a file, with the UID it has in the feed, Moscow time and reminders', async () => {
    const { member, token } = await newAccount(api);
    const event = await EventModel.create({
      title: 'Семинар «Изменения Градостроительного кодекса»',
      kind: 'seminar',
      startsAt: moscowNoon(7),
      endsAt: new Date(moscowNoon(7).getTime() + 2 * HOUR_MS),
      location: 'Москва, ул. Строителей, 1',
      videoUrl: 'https://meet.example/sro',
      audience: [member._id],
    });

    const response = await download(token, String(event._id));

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
    expect(response.headers['cache-control']).toBe('private, no-store');
    const day = moscowNoon(7).toISOString().slice(0, 10).split('-').reverse().join('.');
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Семинар «Изменения Градостроительного кодекса» ${day}.ics`)}`,
    );
    const file = parseWithBoth(response.text);
    expect(file.calendar.method).toBe('PUBLISH');
    expect(file.timezones.map((zone) => zone.tzid)).toEqual(['Europe/Moscow']);
    expect(file.events).toHaveLength(1);
    expect(file.events[0]).toMatchObject({
      summary: 'Семинар «Изменения Градостроительного кодекса»',
      location: 'Москва, ул. Строителей, 1',
      start: { local: expect.stringMatching(/T12:00:00$/), tzid: 'Europe/Moscow', offset: 3 * 3600 },
      end: { local: expect.stringMatching(/T14:00:00$/), tzid: 'Europe/Moscow' },
    });
    expect(file.events[0]!.alarms.map((alarm) => alarm.secondsBefore)).toEqual([86_400, 3600]);
    const feed = parseWithBoth((await fetchFeed(api, (await subscribe(api, token)).url)).text);
    expect(feed.events.find((entry) => entry.summary === file.events[0]!.summary)?.uid).toBe(
      file.events[0]!.uid,
    );
  });

  it('when the event is for every member, then any member may download it', async () => {
    const { token } = await newAccount(api);
    const event = await EventModel.create({
      title: 'Общее собрание',
      kind: 'general_assembly',
      startsAt: moscowNoon(3),
      endsAt: moscowNoon(3),
    });

    expect((await download(token, String(event._id))).status).toBe(200);
  });

  it("when the event is another member's, missing or not an id, then nothing is given", async () => {
    const { token } = await newAccount(api);
    const other = await newAccount(api);
    const othersEvent = await EventModel.create({
      title: 'Совещание с другим членом',
      kind: 'meeting',
      startsAt: moscowNoon(2),
      endsAt: moscowNoon(2),
      audience: [other.member._id],
    });

    const refused = await download(token, String(othersEvent._id));

    expect(refused.status).toBe(404);
    expect(refused.body.detail).toBe('Событие не найдено.');
    expect(refused.text).not.toContain('Совещание с другим членом');
    expect((await download(token, String(new Types.ObjectId()))).status).toBe(404);
    expect((await download(token, 'not-an-id')).status).toBe(400);
    expect((await download(other.token, String(othersEvent._id))).status).toBe(200);
    expect((await request(api.app).get(`/api/v1/cabinet/events/${othersEvent._id}.ics`)).status).toBe(401);
  });
});
