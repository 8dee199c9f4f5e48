import { beforeAll, describe, expect, it } from '@jest/globals';
import mongoose, { Types } from 'mongoose';
import { ContractModel } from '../../../api/domain/contracts/contract.model.js';
import { EventModel } from '../../../api/domain/events/event.model.js';
import { DuesAccrualModel } from '../../../api/domain/finance/dues-accrual.model.js';
import { InsuranceContractModel } from '../../../api/domain/insurance/insurance-contract.model.js';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { ReportModel } from '../../../api/domain/reports/report.model.js';
import { formatRub } from '../../../api/domain/shared/money.js';
import { createReminders } from '../../../api/domain/telegram/reminders/create-reminders.use-case.js';
import { sroWeekOf } from '../../../api/domain/telegram/reminders/dues-debt-reminders.js';
import { REMINDER_KINDS, type ReminderKind } from '../../../api/domain/telegram/reminders/reminder-kinds.js';
import * as appeals from '../../../bot/callback-data/appeals.js';
import type { CallbackFamily } from '../../../bot/callback-data/callback-data.js';
import * as core from '../../../bot/callback-data/core.js';
import * as letters from '../../../bot/callback-data/letters.js';
import { PUSH_PREFIX } from '../../../bot/middlewares/push-clicks.js';
import { EVENT_REMINDERS_EVERY, REMINDER_JOBS, REMINDERS_AT } from '../../../jobs/create-reminders.job.js';
import { JOBS_COLLECTION } from '../../../api/domain/jobs-queue/jobs-collection.js';
import { createTestJobs } from '../../helpers/test-jobs.js';
import { BOT_TOKEN, linkedRepresentative, usePushEnvironment } from './push-fixtures.js';

/** Saturday 21 November 2026, 09:00 in Moscow: when the daily reminder jobs run. */
const NOW = new Date('2026-11-21T06:00:00Z');
const at = (moscow: string) => new Date(`${moscow}+03:00`);

describe('reminders pushed to Telegram', () => {
  const env = usePushEnvironment();
  const people = {} as Record<
    'main' | 'quiet' | 'invited' | 'suspended',
    Awaited<ReturnType<typeof linkedRepresentative>>
  >;
  const ids = {} as Record<string, Types.ObjectId>;

  beforeAll(async () => {
    await seedResponsibilityLevels();
    people.main = await linkedRepresentative();
    people.quiet = await linkedRepresentative(
      { notificationSettings: { eventReminders: false, duesDebt: false } },
      people.main.memberId,
    );
    people.invited = await linkedRepresentative();
    people.suspended = await linkedRepresentative({ status: 'suspended' }, people.main.memberId);
    const memberId = people.main.memberId;
    await MemberModel.updateOne({ _id: memberId }, { $set: { levels: { vv: 1, odo: 1 } } });
    const [forAll, forInvited] = await EventModel.create([
      {
        title: 'Семинар по изменениям 44-ФЗ',
        kind: 'seminar',
        startsAt: at('2026-11-22T10:00:00'),
        endsAt: at('2026-11-22T12:00:00'),
        videoUrl: 'https://meet.example/sro',
      },
      {
        title: 'Заседание Совета',
        kind: 'session',
        startsAt: at('2026-11-22T15:00:00'),
        endsAt: at('2026-11-22T16:00:00'),
        audience: [people.invited.memberId],
      },
      {
        title: 'Общее собрание',
        kind: 'general_assembly',
        startsAt: at('2026-11-25T10:00:00'),
        endsAt: at('2026-11-25T12:00:00'),
      },
    ]);
    const insurance = (policyNumber: string, validTo: Date, kind = 'civil_liability') => ({
      memberId,
      insurer: 'АО «Страхование»',
      policyNumber,
      kind,
      sumInsured: 1e7,
      validFrom: at('2025-12-01T00:00:00'),
      validTo,
    });
    const [week, month] = await InsuranceContractModel.create([
      insurance('ГО-7', at('2026-11-28T23:59:00')),
      insurance('РИСК-30', at('2026-12-21T23:59:00'), 'contract_risk'),
      insurance('ИНОЕ-20', at('2026-12-11T23:59:00'), 'other'),
      insurance('ИНОЕ-НОВЫЙ', at('2027-12-11T23:59:00'), 'other'),
    ]);
    const [soon, later] = await ReportModel.create([
      { memberId, kind: 'annual_odo_notice', period: 2025, dueAt: at('2026-11-24T23:59:00') },
      { memberId, kind: 'activity', period: 2025, dueAt: at('2026-12-01T23:59:00') },
      {
        memberId,
        kind: 'annual_odo_notice',
        period: 2024,
        dueAt: at('2026-11-23T23:59:00'),
        status: 'submitted',
      },
    ]);
    await DuesAccrualModel.create({
      memberId,
      period: '2026-Q3',
      amount: 45000,
      dueDate: at('2026-11-11T23:59:00'),
    });
    await ContractModel.create({
      memberId,
      number: '17/26',
      date: at('2026-03-01T00:00:00'),
      customer: { name: 'ГКУ «Дирекция»' },
      subject: 'Капитальный ремонт школы',
      procurement: '44-FZ',
      price: 51_000_000,
    });
    Object.assign(ids, {
      forAll: forAll!._id,
      forInvited: forInvited!._id,
      week: week!._id,
      month: month!._id,
      soon: soon!._id,
      later: later!._id,
    });
  });

  const keysOf = async (kind: ReminderKind) =>
    (await OutboxMessageModel.find({ kind }).lean()).map((message) => message.idempotencyKey).sort();

  it('when the reminders run twice on a day, then each one due is left once, keyed by subject, person and occasion', async () => {
    const firstRun: Record<string, number> = {};
    for (const kind of Object.values(REMINDER_JOBS)) firstRun[kind] = await createReminders(kind, NOW);
    const secondRun = await Promise.all(
      Object.values(REMINDER_JOBS).map((kind) => createReminders(kind, NOW)),
    );

    const main = String(people.main.representative._id);
    const quiet = String(people.quiet.representative._id);
    const invited = String(people.invited.representative._id);
    const member = String(people.main.memberId);
    expect(await keysOf(REMINDER_KINDS.event)).toEqual(
      [
        `event.reminder:${ids.forAll}:${main}:1d`,
        `event.reminder:${ids.forAll}:${invited}:1d`,
        `event.reminder:${ids.forInvited}:${invited}:1d`,
      ].sort(),
    );
    expect(await keysOf(REMINDER_KINDS.insuranceExpiry)).toEqual(
      [
        `insurance.reminder:${ids.week}:${main}:7d`,
        `insurance.reminder:${ids.week}:${quiet}:7d`,
        `insurance.reminder:${ids.month}:${main}:30d`,
        `insurance.reminder:${ids.month}:${quiet}:30d`,
      ].sort(),
    );
    expect(await keysOf(REMINDER_KINDS.reportDeadline)).toEqual(
      [
        `report.reminder:${ids.soon}:${main}:3d`,
        `report.reminder:${ids.soon}:${quiet}:3d`,
        `report.reminder:${ids.later}:${main}:14d`,
        `report.reminder:${ids.later}:${quiet}:14d`,
      ].sort(),
    );
    expect(await keysOf(REMINDER_KINDS.duesDebt)).toEqual([`dues.reminder:${member}:${main}:2026-11-16`]);
    expect(await keysOf(REMINDER_KINDS.odoUsage)).toEqual(
      [
        `odo.reminder:${member}:${main}:warning-5100000000`,
        `odo.reminder:${member}:${quiet}:warning-5100000000`,
      ].sort(),
    );
    expect(firstRun).toEqual({
      'event.reminder': 3,
      'dues.reminder': 1,
      'insurance.reminder': 4,
      'report.reminder': 4,
      'odo.reminder': 2,
    });
    expect(secondRun).toEqual([0, 0, 0, 0, 0]);
    expect(
      await OutboxMessageModel.countDocuments({
        'payload.representativeId': String(people.suspended.representative._id),
      }),
    ).toBe(0);
  });

  it("when the dispatch runs, then the reminders arrive in Russian in the people's chats", async () => {
    await env.dispatch(NOW);

    const texts = env.server.sentMessages(people.main.chatId).map((message) => message.text ?? '');
    const member = (await MemberModel.findById(people.main.memberId).lean())!;
    expect(texts.every((text) => text.startsWith(`${member.shortName}\n`))).toBe(true);
    expect(texts.map((text) => text.slice(member.shortName.length + 1)).sort()).toEqual(
      [
        'Напоминание: завтра, 22.11.2026, 10:00 (мск) — «Семинар по изменениям 44-ФЗ».\nВидеосвязь: https://meet.example/sro',
        `Задолженность по членским взносам: ${formatRub(45000)}, просрочка 10 дней. Пожалуйста, оплатите её.`,
        'Договор страхования № ГО-7 (АО «Страхование») заканчивается через 7 дней, 28.11.2026. Не забудьте направить в СРО новый договор.',
        'Договор страхования № РИСК-30 (АО «Страхование») заканчивается через 30 дней, 21.12.2026. Не забудьте направить в СРО новый договор.',
        '«Уведомление о фактическом совокупном размере обязательств по договорам, заключённым с использованием конкурентных способов за 2025 год» — срок сдачи через 3 дня, 24.11.2026.',
        '«Отчёт о деятельности члена СРО за 2025 год» — срок сдачи через 10 дней, 01.12.2026.',
        `Обязательства по договорам, заключённым конкурентными способами, близки к предельному размеру по уровню ответственности КФ ОДО (${formatRub(51_000_000)} из ${formatRub(60_000_000)}, 85%).`,
      ].sort(),
    );
    const buttons = env.server
      .sentMessages(people.main.chatId)
      .map((message) => message.reply_markup?.inline_keyboard.flat().map((button) => button.text));
    expect(buttons.every((row) => row?.length === 1)).toBe(true);
    expect(env.server.sentMessages(people.quiet.chatId)).toHaveLength(5);
    expect(env.server.sentMessages(people.invited.chatId).map((message) => message.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('— «Заседание Совета».')]),
    );
    expect(env.server.sentMessages(people.suspended.chatId)).toEqual([]);
  });

  it('when a reminder arrives, then its one button opens a screen the bot answers', async () => {
    const families = [core, appeals, letters].flatMap((module) =>
      Object.values(module).filter(
        (value): value is CallbackFamily => typeof value === 'object' && 'pattern' in value,
      ),
    );
    const data = env.server
      .sentMessages()
      .flatMap((message) => message.reply_markup?.inline_keyboard.flat() ?? [])
      .map((button) => ('callback_data' in button ? button.callback_data : ''));
    expect(new Set(data)).toEqual(
      new Set(['push:events:1', 'push:dues', 'push:insurance:1', 'push:menu', 'push:odo']),
    );
    for (const callback of data) {
      const screen = callback.slice(PUSH_PREFIX.length);
      expect(families.filter((family) => family.pattern.test(screen))).toHaveLength(1);
    }
  });

  it('when the dues week is counted, then it starts on the Moscow Monday', () => {
    expect(sroWeekOf(NOW)).toBe('2026-11-16');
    expect(sroWeekOf(at('2026-11-23T00:30:00'))).toBe('2026-11-23');
    expect(sroWeekOf(at('2026-11-22T23:59:00'))).toBe('2026-11-16');
  });

  it('when an event is an hour away, then everyone invited is reminded again with the minutes left and the link', async () => {
    const inAnHour = new Date(at('2026-11-22T10:00:00').getTime() - 55 * 60_000);
    const invited = String(people.invited.representative._id);

    expect(await createReminders(REMINDER_KINDS.event, inAnHour)).toBe(2);
    expect(await createReminders(REMINDER_KINDS.event, new Date(inAnHour.getTime() + 10 * 60_000))).toBe(0);
    expect((await keysOf(REMINDER_KINDS.event)).filter((key) => key.endsWith(':1h'))).toEqual(
      [
        `event.reminder:${ids.forAll}:${String(people.main.representative._id)}:1h`,
        `event.reminder:${ids.forAll}:${invited}:1h`,
      ].sort(),
    );
    await env.dispatch(inAnHour);
    expect(env.server.sentMessages(people.main.chatId).map((message) => message.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'Напоминание: через 55 минут, 22.11.2026, 10:00 (мск) — «Семинар по изменениям 44-ФЗ».\nВидеосвязь: https://meet.example/sro',
        ),
      ]),
    );
  });

  it('when an event is added in the evening for tomorrow, then its day-before reminder waits for the morning', async () => {
    const late = await EventModel.create({
      title: 'Вебинар по охране труда',
      kind: 'seminar',
      startsAt: at('2026-11-27T11:00:00'),
      endsAt: at('2026-11-27T12:00:00'),
    });
    const keys = async () =>
      (await keysOf(REMINDER_KINDS.event)).filter((key) => key.includes(String(late._id)));

    await createReminders(REMINDER_KINDS.event, at('2026-11-26T22:30:00'));
    await createReminders(REMINDER_KINDS.event, at('2026-11-27T06:00:00'));
    expect(await keys()).toEqual([]);

    await createReminders(REMINDER_KINDS.event, at('2026-11-27T09:00:00'));
    expect((await keys()).every((key) => key.endsWith(':1d'))).toBe(true);
    expect(await keys()).toHaveLength(2);
  });

  it('when the jobs start, then the reminders are scheduled daily at 09:00 Moscow time, the events’ every ten minutes', async () => {
    const jobs = createTestJobs({ telegram: { token: BOT_TOKEN, apiRoot: env.server.apiRoot } });
    await jobs.start();
    try {
      const scheduled = await mongoose.connection
        .db!.collection(JOBS_COLLECTION)
        .find({ name: { $in: Object.keys(REMINDER_JOBS) } })
        .toArray();
      expect(
        scheduled.map((job) => `${job.name} ${job.repeatInterval} ${job.repeatTimezone}`).sort(),
      ).toEqual(
        Object.keys(REMINDER_JOBS)
          .map(
            (name) =>
              `${name} ${name === 'remind-events' ? EVENT_REMINDERS_EVERY : REMINDERS_AT} Europe/Moscow`,
          )
          .sort(),
      );
    } finally {
      await jobs.stop(5_000);
    }
  });
});
