import { beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../../api/domain/audit/audit-entry.model.js';
import { LetterModel } from '../../../api/domain/letters/letter.model.js';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { NotificationModel } from '../../../api/domain/notifications/notification.model.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { createMember } from '../../helpers/factories.js';
import { client, expertWithToken, memberWithRepresentative, PDF } from './correspondence-fixtures.js';
import { useTestApi } from '../../helpers/api-app.js';

type Cast = Awaited<ReturnType<typeof memberWithRepresentative>>;

describe('staff letters and notifications', () => {
  const api = useTestApi();
  let a: Cast;
  let b: Cast;
  let suspendedId: string;
  let excludedId: string;
  let staff: Awaited<ReturnType<typeof expertWithToken>>;

  beforeAll(async () => {
    a = await memberWithRepresentative(api.deps.hasher);
    b = await memberWithRepresentative(api.deps.hasher);
    suspendedId = String((await createMember({ status: 'suspended' }))._id);
    excludedId = String((await createMember({ status: 'excluded' }))._id);
    staff = await expertWithToken(api.deps.hasher);
  });

  const asStaff = () => client(api.app, staff.token);
  const idsOf = (body: { letters: { memberId: string }[] }) =>
    body.letters.map((letter) => letter.memberId).sort();

  it('when staff write to several members with a file, then each gets its own numbered letter and one outbox message, the file stored once', async () => {
    const response = await asStaff()
      .post('/staff/letters')
      .field('subject', 'О сроках уплаты членских взносов')
      .field('text', 'Напоминаем о сроке уплаты взносов за второй квартал.')
      .field('memberIds', `${String(a.member._id)},${String(b.member._id)}`)
      .attach('files', PDF, 'Уведомление.pdf');

    expect(response.status).toBe(201);
    expect(response.body.count).toBe(2);
    expect(idsOf(response.body)).toEqual([String(a.member._id), String(b.member._id)].sort());
    const numbers = response.body.letters.map(
      (letter: { registrationNumber: string }) => letter.registrationNumber,
    );
    expect(new Set(numbers).size).toBe(2);
    const letters = await LetterModel.find({
      _id: { $in: response.body.letters.map((l: { id: string }) => l.id) },
    }).lean();
    expect(letters.every((letter) => letter.direction === 'incoming' && letter.status === 'sent')).toBe(true);
    expect(new Set(letters.map((letter) => String(letter.attachments[0]?.fileId))).size).toBe(1);
    for (const letter of letters) {
      const messages = await OutboxMessageModel.find({
        kind: 'letter.created',
        'payload.letterId': String(letter._id),
      }).lean();
      expect(messages).toHaveLength(1);
      expect(messages[0]?.payload).toEqual({
        letterId: String(letter._id),
        memberId: String(letter.memberId),
      });
      expect(await AuditEntryModel.countDocuments({ action: 'letter.sent', 'target.id': letter._id })).toBe(
        1,
      );
    }

    const inCabinet = await client(api.app, b.token).get('/cabinet/letters');
    expect(inCabinet.body.items.map((item: { subject: string }) => item.subject)).toContain(
      'О сроках уплаты членских взносов',
    );
  });

  it('when staff write to all members or to members in a status, then current members, or those in that status, get a letter', async () => {
    const all = await asStaff()
      .post('/staff/letters')
      .send({ subject: 'Общее собрание', text: 'Приглашаем.', all: true });
    const suspended = await asStaff()
      .post('/staff/letters')
      .field('subject', 'О возобновлении права')
      .field('text', 'Порядок возобновления.')
      .field('memberStatus', 'suspended');

    expect(all.status).toBe(201);
    expect(idsOf(all.body)).toEqual([String(a.member._id), String(b.member._id), suspendedId].sort());
    expect(idsOf(all.body)).not.toContain(excludedId);
    expect(suspended.status).toBe(201);
    expect(idsOf(suspended.body)).toEqual([suspendedId]);
  });

  it('when staff write to members at a level of a fund, then only current members at that level get a letter', async () => {
    await MemberModel.updateOne({ _id: a.member._id }, { $set: { 'levels.odo': 2 } });
    await MemberModel.updateOne({ _id: b.member._id }, { $set: { 'levels.odo': 3 } });
    await MemberModel.updateOne({ _id: excludedId }, { $set: { 'levels.odo': 2 } });

    const atLevel = await asStaff()
      .post('/staff/letters')
      .field('subject', 'О взносе в КФ ОДО')
      .field('text', 'Для членов СРО второго уровня.')
      .field('levelFund', 'odo')
      .field('level', '2');
    const noLevel = await asStaff()
      .post('/staff/letters')
      .send({ subject: 'Тема', text: 'Текст', levelFund: 'odo' });

    expect(atLevel.status).toBe(201);
    expect(idsOf(atLevel.body)).toEqual([String(a.member._id)]);
    expect(noLevel.status).toBe(400);
    expect(noLevel.body.errors).toEqual([{ path: 'level', message: 'Укажите уровень ответственности' }]);
  });

  it('when recipients are missing, mixed or unknown, then 400 or 422 and no letter is written', async () => {
    const before = await LetterModel.countDocuments();
    const base = { subject: 'Тема', text: 'Текст' };
    const unknownId = '0123456789abcdef01234567';

    const none = await asStaff().post('/staff/letters').send(base);
    const both = await asStaff()
      .post('/staff/letters')
      .send({ ...base, all: true, memberIds: [String(a.member._id)] });
    const unknown = await asStaff()
      .post('/staff/letters')
      .send({ ...base, memberIds: [String(a.member._id), unknownId] });
    const noSubject = await asStaff().post('/staff/letters').send({ text: 'Текст', all: true });
    const badId = await asStaff()
      .post('/staff/letters')
      .send({ ...base, memberIds: 'abc' });

    expect([none.status, both.status, unknown.status, noSubject.status, badId.status]).toEqual([
      400, 400, 422, 400, 400,
    ]);
    expect(none.body.errors[0].message).toBe(
      'Укажите получателей одним способом: memberIds, memberStatus, levelFund, all',
    );
    expect(unknown.body).toMatchObject({
      detail: 'Некоторые получатели не найдены в реестре членов СРО.',
      unknownMemberIds: [unknownId],
    });
    expect(await LetterModel.countDocuments()).toBe(before);
  });

  it('when staff list letters with filters and open one, then they see the member and the opening is audited', async () => {
    await LetterModel.create({
      memberId: a.member._id,
      direction: 'outgoing',
      registrationNumber: 'ВХ-2026-900001',
      status: 'registered',
      subject: 'Запрос акта сверки',
      representativeId: a.representative._id,
    });

    const outgoing = await asStaff().get(
      `/staff/letters?direction=outgoing&memberId=${String(a.member._id)}`,
    );
    expect(outgoing.status).toBe(200);
    expect(outgoing.body.total).toBe(1);
    expect(outgoing.body.items[0]).toMatchObject({
      registrationNumber: 'ВХ-2026-900001',
      directionLabel: 'Письмо члена СРО в СРО',
      statusLabel: 'Зарегистрировано',
      member: { id: String(a.member._id), shortName: a.member.shortName, inn: a.member.inn },
      expert: null,
    });
    const unread = await asStaff().get(`/staff/letters?unread=true&memberId=${String(b.member._id)}`);
    expect(unread.body.items.length).toBeGreaterThan(0);
    expect(
      unread.body.items.every((item: { readAt: null; direction: string }) => item.direction === 'incoming'),
    ).toBe(true);
    const paged = await asStaff().get('/staff/letters?perPage=2&page=2');
    expect(paged.body).toMatchObject({ page: 2, perPage: 2 });

    const sent = (await asStaff().get(`/staff/letters?memberId=${String(b.member._id)}&direction=incoming`))
      .body.items[0];
    const detail = await asStaff().get(`/staff/letters/${sent.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id: sent.id,
      text: expect.any(String),
      expert: { fullName: staff.staff.fullName },
    });
    expect(await AuditEntryModel.countDocuments({ action: 'letter.read', 'target.id': sent.id })).toBe(1);
    expect((await asStaff().get('/staff/letters/0123456789abcdef01234567')).status).toBe(404);
    expect((await asStaff().get('/staff/letters?direction=sideways')).status).toBe(400);
  });

  it('when staff notify all members, then one notification for everyone, announced and audited; named members get one each', async () => {
    const toAll = await asStaff().post('/staff/notifications').send({
      title: 'Технические работы',
      text: 'Кабинет недоступен с 22:00 до 23:00.',
      kind: 'maintenance',
      all: true,
    });
    const toTwo = await asStaff()
      .post('/staff/notifications')
      .send({
        title: 'Проверка',
        text: 'Готовьте документы.',
        memberIds: [String(a.member._id), String(b.member._id)],
      });

    expect(toAll.status).toBe(201);
    expect(toAll.body).toEqual({ count: 1, notifications: [{ id: expect.any(String), memberId: null }] });
    expect(toTwo.status).toBe(201);
    expect(toTwo.body.count).toBe(2);
    const stored = await NotificationModel.findById(toAll.body.notifications[0].id).lean();
    expect(stored).toMatchObject({ memberId: null, kind: 'maintenance', title: 'Технические работы' });
    for (const { id } of [...toAll.body.notifications, ...toTwo.body.notifications]) {
      expect(
        await OutboxMessageModel.countDocuments({
          kind: 'notification.created',
          'payload.notificationId': id,
        }),
      ).toBe(1);
      expect(await AuditEntryModel.countDocuments({ action: 'notification.sent', 'target.id': id })).toBe(1);
    }

    const list = await asStaff().get('/staff/notifications?perPage=2');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(3);
    expect(list.body.items[1]).toMatchObject({
      kindLabel: 'Уведомление',
      member: { id: expect.any(String), shortName: expect.any(String) },
      createdBy: { fullName: staff.staff.fullName },
    });
    const last = await asStaff().get('/staff/notifications?perPage=2&page=2');
    expect(last.body.items[0]).toMatchObject({
      title: 'Технические работы',
      member: null,
      kindLabel: 'Технические работы',
    });
  });

  it('when a notification is malformed or sent by a representative, then 400 or 403, never 5xx', async () => {
    const answers = await Promise.all([
      asStaff().post('/staff/notifications').send({ title: '', text: 'Текст', all: true }),
      asStaff().post('/staff/notifications').send({ title: 'Т', text: 'Т', kind: 'reminder', all: true }),
      asStaff().post('/staff/notifications').send({ title: 'Т', text: 'Т', all: 'всем' }),
      asStaff().post('/staff/notifications').send({ title: 'Т', text: 'Т' }),
      asStaff().post('/staff/notifications').send([1, 2]),
      asStaff().get('/staff/notifications?page=0'),
      client(api.app, a.token).post('/staff/notifications').send({ title: 'Т', text: 'Т', all: true }),
      client(api.app, a.token).get('/staff/letters'),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 400, 400, 403, 403]);
  });
});
