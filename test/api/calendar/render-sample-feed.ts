/**
 * Prints the feed of a fixed sample of entries, for the test that runs it under different TZ settings of the process
 * (jest gives each test file its own copy of process.env, so the zone cannot change inside the test itself).
 */
import { Types } from 'mongoose';
import { eventEntry, inspectionEntry, reportEntry } from '../../../api/domain/calendar/calendar-entry-of.js';
import { renderCalendarFeed } from '../../../api/http/calendar/calendar-feed.view.js';

const member = new Types.ObjectId('6a0000000000000000000001');
const stamps = { createdAt: new Date('2026-03-01T10:00:00Z'), updatedAt: new Date('2026-03-02T10:00:00Z') };
const entries = [
  eventEntry(
    {
      _id: new Types.ObjectId('6a0000000000000000000002'),
      title: 'Семинар по охране труда',
      kind: 'seminar',
      // 23:30 in Moscow: a day later than in New York, the same day as in UTC
      startsAt: new Date('2026-03-12T20:30:00Z'),
      endsAt: new Date('2026-03-12T22:00:00Z'),
      location: null,
      videoUrl: null,
      description: '',
      audience: [],
      ...stamps,
    },
    member,
  ),
  reportEntry(
    {
      _id: new Types.ObjectId('6a0000000000000000000003'),
      kind: 'activity',
      period: 2025,
      dueAt: new Date('2026-03-31T21:30:00Z'),
      ...stamps,
    },
    member,
  ),
  inspectionEntry(
    {
      _id: new Types.ObjectId('6a0000000000000000000004'),
      kind: 'planned',
      subject: 'Соблюдение стандартов',
      periodFrom: new Date('2026-04-01T09:00:00Z'),
      periodTo: new Date('2026-04-14T09:00:00Z'),
      status: 'scheduled',
      ...stamps,
    },
    member,
  ),
];
process.stdout.write(renderCalendarFeed({ name: 'СРО — ООО «Образец»', entries }, 'http://cabinet.test'));
