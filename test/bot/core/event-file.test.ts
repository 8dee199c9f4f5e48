import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Message } from 'grammy/types';
import request from 'supertest';
import { EventModel } from '../../../api/domain/events/event.model.js';
import { moscowNoon } from '../../api/cabinet/cabinet-fixtures.js';
import { parseWithBoth } from '../../api/calendar/ical-parsers.js';
import { createMember, createRepresentative, representativeToken } from '../../helpers/factories.js';
import { botAnswer, buttonsOf, newTelegramUser, useBotHarness } from './bot-harness.js';
import { issueLinkToken, linkThroughDeepLink } from './linking-fixtures.js';

const TITLE = 'Семинар по охране труда в строительстве';

describe('bot: an event as a file for the calendar', () => {
  const harness = useBotHarness();
  const user = newTelegramUser();
  let session: string;
  let eventId: string;
  let othersEventId: string;

  beforeAll(async () => {
    const member = await createMember();
    const other = await createMember();
    const [event, othersEvent] = await EventModel.create([
      {
        title: TITLE,
        kind: 'seminar',
        startsAt: moscowNoon(4),
        endsAt: moscowNoon(4),
        audience: [member._id],
      },
      {
        title: 'Чужое совещание',
        kind: 'meeting',
        startsAt: moscowNoon(4),
        endsAt: moscowNoon(4),
        audience: [other._id],
      },
    ]);
    eventId = String(event!._id);
    othersEventId = String(othersEvent!._id);
    const representative = await createRepresentative(harness.api.deps.hasher, member._id);
    session = await representativeToken(representative);
    await linkThroughDeepLink(harness, user, await issueLinkToken(harness.api, representative));
  });

  const click = (data: string, expected?: RegExp | string) =>
    botAnswer(harness.telegram, user, () => harness.telegram.userClicks(data, user), expected);
  const nextDocument = (since: number) =>
    harness.telegram.waitFor(
      (call, index) =>
        index >= since &&
        call.method === 'sendDocument' &&
        call.status === 200 &&
        call.params.chat_id === user.id,
      10_000,
    );

  it('when the representative taps 📥 under an event, then the bot sends its .ics, named after it, with the UID the API gives it', async () => {
    const events = await click('events:1', 'Предстоящие события');
    const label = Object.keys(buttonsOf(events)).find(
      (text) => text.startsWith('📥') && text.includes('Семинар'),
    );
    expect(label).toBeDefined();
    expect(buttonsOf(events)[label!]).toBe(`event:ics:${eventId}`);
    expect(Object.keys(buttonsOf(events)).some((text) => text.includes('Чужое'))).toBe(false);
    const since = harness.telegram.calls.length;

    harness.telegram.userClicks(buttonsOf(events)[label!]!, { ...user, messageId: events.message_id });
    const sent = await nextDocument(since);

    const day = moscowNoon(4).toISOString().slice(0, 10).split('-').reverse().join('.');
    expect(sent.files[0]!.fileName).toBe(`${TITLE} ${day}.ics`);
    const file = parseWithBoth(sent.files[0]!.bytes.toString('utf8'));
    expect(file.events.map((event) => event.summary)).toEqual([TITLE]);
    expect(file.events[0]!.start).toMatchObject({
      local: expect.stringMatching(/T12:00:00$/),
      tzid: 'Europe/Moscow',
    });
    const fromApi = await request(harness.api.app)
      .get(`/api/v1/cabinet/events/${eventId}.ics`)
      .auth(session, { type: 'bearer' });
    expect(file.events[0]!.uid).toBe(parseWithBoth(fromApi.text).events[0]!.uid);
    const message = sent.response!.result as Message & { caption?: string };
    expect(message.caption).toContain('добавить событие в календарь');
    expect(buttonsOf(message)).toHaveProperty('‹ К событиям', 'events:1');
  });

  it('when Telegram answers 429 to the upload, then the same file is sent again, whole', async () => {
    harness.telegram.failNext('sendDocument', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    const since = harness.telegram.calls.length;

    harness.telegram.userClicks(`event:ics:${eventId}`, user);
    const sent = await nextDocument(since);

    expect(harness.telegram.callsOf('sendDocument').some((call) => call.status === 429)).toBe(true);
    expect(parseWithBoth(sent.files[0]!.bytes.toString('utf8')).events[0]!.summary).toBe(TITLE);
  });

  it("when the button names another member's event or one since removed, then the bot says it is not found and sends no file", async () => {
    const since = harness.telegram.calls.length;
    await click(`event:ics:${othersEventId}`, 'Событие не найдено');
    await EventModel.deleteOne({ _id: eventId });
    await click(`event:ics:${eventId}`, 'Событие не найдено');

    expect(harness.telegram.calls.slice(since).filter((call) => call.method === 'sendDocument')).toHaveLength(
      0,
    );
  });
});
