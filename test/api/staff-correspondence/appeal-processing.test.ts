import { beforeAll, describe, expect, it } from '@jest/globals';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { recordAppealChange } from '../../../api/domain/appeals/change-appeal-status.use-case.js';
import { AuditEntryModel } from '../../../api/domain/audit/audit-entry.model.js';
import { LetterModel } from '../../../api/domain/letters/letter.model.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { openFile } from '../../../api/domain/shared/file-storage.js';
import { useTestApi } from '../../helpers/api-app.js';
import {
  appealFor,
  client,
  expertWithToken,
  memberWithRepresentative,
  PDF,
} from './correspondence-fixtures.js';

type Cast = Awaited<ReturnType<typeof memberWithRepresentative>>;

describe('staff process appeals', () => {
  const api = useTestApi();
  let cast: Cast;
  let staff: Awaited<ReturnType<typeof expertWithToken>>;
  let colleague: Awaited<ReturnType<typeof expertWithToken>>;

  beforeAll(async () => {
    cast = await memberWithRepresentative(api.deps.hasher);
    staff = await expertWithToken(api.deps.hasher);
    colleague = await expertWithToken(api.deps.hasher);
  });

  const newAppeal = (overrides: Record<string, unknown> = {}) =>
    appealFor(cast.member, cast.representative, overrides);
  const asStaff = () => client(api.app, staff.token);
  const changeStatus = (appealId: unknown, body: Record<string, unknown>) =>
    asStaff()
      .post(`/staff/appeals/${String(appealId)}/status`)
      .send(body);
  const outboxOf = (appealId: unknown) =>
    OutboxMessageModel.find({ kind: 'appeal.status_changed', 'payload.appealId': String(appealId) }).lean();

  it('when an expert is assigned, then the appeal is in progress, with a history entry, an outbox message and an audit entry', async () => {
    const appeal = await newAppeal();

    const response = await asStaff()
      .post(`/staff/appeals/${String(appeal._id)}/assign`)
      .send({ expertId: String(colleague.staff._id) });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'in_progress',
      statusLabel: 'В работе',
      assignedExpertId: String(colleague.staff._id),
      historyLength: 2,
    });
    const stored = await AppealModel.findById(appeal._id).lean();
    expect(stored?.statusHistory[1]).toMatchObject({
      status: 'in_progress',
      comment: `Исполнитель: ${colleague.staff.fullName}`,
    });
    expect(String(stored?.statusHistory[1]?.byStaffId)).toBe(String(staff.staff._id));
    const messages = await outboxOf(appeal._id);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      idempotencyKey: `appeal.status_changed:${String(appeal._id)}:1`,
      payload: { previousStatus: 'submitted', status: 'in_progress', memberId: String(cast.member._id) },
    });
    const audit = await AuditEntryModel.findOne({
      action: 'appeal.assigned',
      'target.id': appeal._id,
    }).lean();
    expect(audit?.changes).toMatchObject({
      assignedExpertId: String(colleague.staff._id),
      status: 'in_progress',
    });
  });

  it('when the expert is unknown, inactive or malformed, then 422 or 400 and nothing changes', async () => {
    const appeal = await newAppeal();
    const inactive = await expertWithToken(api.deps.hasher, { active: false });

    const unknown = await asStaff()
      .post(`/staff/appeals/${String(appeal._id)}/assign`)
      .send({ expertId: String(cast.member._id) });
    const off = await asStaff()
      .post(`/staff/appeals/${String(appeal._id)}/assign`)
      .send({ expertId: String(inactive.staff._id) });
    const missing = await asStaff()
      .post(`/staff/appeals/${String(appeal._id)}/assign`)
      .send({});

    expect(unknown.status).toBe(422);
    expect(unknown.body.detail).toBe('Эксперт не найден среди действующих сотрудников СРО.');
    expect(off.status).toBe(422);
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ path: 'expertId', message: 'Выберите эксперта' }]);
    expect((await AppealModel.findById(appeal._id).lean())?.statusHistory).toHaveLength(1);
  });

  it('when the status moves forward, then each step is recorded; a step back or a skip to answered is refused in Russian', async () => {
    const appeal = await newAppeal();

    expect((await changeStatus(appeal._id, { status: 'registered' })).status).toBe(200);
    const back = await changeStatus(appeal._id, { status: 'registered' });
    expect(back.status).toBe(409);
    expect(back.body.detail).toBe(
      'Обращение в статусе «Зарегистрировано» нельзя перевести в статус «Зарегистрировано».',
    );
    const taken = await changeStatus(appeal._id, { status: 'in_progress', comment: 'Беру в работу' });
    expect(taken.status).toBe(200);
    expect(taken.body.assignedExpertId).toBe(String(staff.staff._id));
    const answered = await changeStatus(appeal._id, { status: 'answered' });
    expect(answered.status).toBe(400);
    expect(answered.body.errors[0].message).toMatch(/ответ даётся через «Ответить»/);

    const stored = await AppealModel.findById(appeal._id).lean();
    expect(stored?.statusHistory.map((entry) => [entry.status, entry.comment])).toEqual([
      ['submitted', null],
      ['registered', null],
      ['in_progress', 'Беру в работу'],
    ]);
    expect((await outboxOf(appeal._id)).map((message) => message.idempotencyKey).sort()).toEqual([
      `appeal.status_changed:${String(appeal._id)}:1`,
      `appeal.status_changed:${String(appeal._id)}:2`,
    ]);
    expect(
      await AuditEntryModel.countDocuments({ action: 'appeal.status_changed', 'target.id': appeal._id }),
    ).toBe(2);
  });

  it('when an appeal is rejected without a comment, then 422; with the reason, then it is closed for good', async () => {
    const appeal = await newAppeal({ status: 'registered' });

    const bare = await changeStatus(appeal._id, { status: 'rejected', comment: '   ' });
    expect(bare.status).toBe(422);
    expect(bare.body.detail).toBe('Укажите в комментарии причину отказа: её увидит член СРО.');

    const rejected = await changeStatus(appeal._id, {
      status: 'rejected',
      comment: 'Нет подписи руководителя',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');

    const reopen = await changeStatus(appeal._id, { status: 'in_progress' });
    expect(reopen.status).toBe(409);
    const assign = await asStaff()
      .post(`/staff/appeals/${String(appeal._id)}/assign`)
      .send({ expertId: String(staff.staff._id) });
    expect(assign.status).toBe(409);
    expect(assign.body.detail).toBe('Обращение в статусе «Отклонено» закрыто: назначить эксперта нельзя.');
  });

  it('when two staff register the same appeal at once, then one succeeds and the other gets 409', async () => {
    for (let round = 0; round < 5; round += 1) {
      const appeal = await newAppeal();

      const answers = await Promise.all([
        changeStatus(appeal._id, { status: 'registered' }),
        client(api.app, colleague.token)
          .post(`/staff/appeals/${String(appeal._id)}/status`)
          .send({ status: 'registered' }),
      ]);

      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const stored = await AppealModel.findById(appeal._id).lean();
      expect(stored?.statusHistory.map((entry) => entry.status)).toEqual(['submitted', 'registered']);
      expect(await outboxOf(appeal._id)).toHaveLength(1);
    }
  });

  it('when two changes start from the same state of an appeal, then exactly one of them applies', async () => {
    for (let round = 0; round < 5; round += 1) {
      const appeal = await newAppeal();
      const change = (status: 'registered' | 'rejected', staffId: unknown) =>
        recordAppealChange(
          appeal,
          { status, comment: 'Решение', staffId: String(staffId), action: 'appeal.status_changed' },
          { principal: undefined },
        );

      const results = await Promise.allSettled([
        change('registered', staff.staff._id),
        change('rejected', colleague.staff._id),
      ]);

      const applied = results.filter((result) => result.status === 'fulfilled');
      const refused = results.filter((result) => result.status === 'rejected');
      expect(applied).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
      const stored = await AppealModel.findById(appeal._id).lean();
      expect(stored?.statusHistory).toHaveLength(2);
      expect(stored?.status).toBe((applied[0] as PromiseFulfilledResult<{ status: string }>).value.status);
      expect(await outboxOf(appeal._id)).toHaveLength(1);
    }
  });

  it('when staff answer an appeal with a file, then the member gets a numbered letter with it and the appeal is answered', async () => {
    const appeal = await newAppeal({ status: 'in_progress', assignedExpertId: colleague.staff._id });

    const response = await asStaff()
      .post(`/staff/appeals/${String(appeal._id)}/answer`)
      .field('text', 'Направляем разъяснение порядка уплаты взносов.')
      .attach('files', PDF, { filename: 'Разъяснение.pdf', contentType: 'application/octet-stream' });

    expect(response.status).toBe(201);
    expect(response.body.appeal).toMatchObject({ status: 'answered', statusLabel: 'Дан ответ' });
    expect(response.body.letter.registrationNumber).toMatch(/^ИСХ-\d{4}-\d{6}$/);
    const letter = await LetterModel.findById(response.body.letter.id).lean();
    expect(letter).toMatchObject({
      direction: 'incoming',
      status: 'sent',
      subject: `Ответ на обращение № ${appeal.registrationNumber}`,
      text: 'Направляем разъяснение порядка уплаты взносов.',
      readAt: null,
    });
    expect(String(letter?.memberId)).toBe(String(cast.member._id));
    expect(String(letter?.expertId)).toBe(String(staff.staff._id));
    expect(String(letter?.appealId)).toBe(String(appeal._id));
    expect(letter?.attachments).toEqual([
      expect.objectContaining({
        filename: 'Разъяснение.pdf',
        contentType: 'application/pdf',
        size: PDF.length,
      }),
    ]);
    expect(await openFile(letter!.attachments[0]!.fileId)).not.toBeNull();
    const stored = await AppealModel.findById(appeal._id).lean();
    expect(String(stored?.answerLetterId)).toBe(response.body.letter.id);
    expect(String(stored?.assignedExpertId)).toBe(String(colleague.staff._id));
    expect(stored?.statusHistory.at(-1)).toMatchObject({ status: 'answered' });

    const kinds = await OutboxMessageModel.find({
      $or: [{ 'payload.letterId': response.body.letter.id }, { 'payload.appealId': String(appeal._id) }],
    }).lean();
    expect(kinds.map((message) => message.kind).sort()).toEqual(['appeal.status_changed', 'letter.created']);
    const actions = await AuditEntryModel.find({ 'target.memberId': cast.member._id }).distinct('action');
    expect(actions).toEqual(expect.arrayContaining(['appeal.answered', 'letter.sent']));

    const inCabinet = await client(api.app, cast.token).get('/cabinet/letters');
    expect(inCabinet.status).toBe(200);
    expect(inCabinet.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: response.body.letter.id, attachmentCount: 1, unread: true }),
      ]),
    );
    const detail = await client(api.app, staff.token).get(`/staff/appeals/${String(appeal._id)}`);
    expect(detail.body.answerLetter).toEqual({
      id: response.body.letter.id,
      registrationNumber: response.body.letter.registrationNumber,
    });
  });

  it('when an answered appeal is answered again, or the answer is empty or carries a forbidden file, then 409, 400 or 415 and no letter', async () => {
    const answered = await newAppeal({ status: 'answered' });
    const open = await newAppeal({ status: 'registered' });
    const lettersBefore = await LetterModel.countDocuments();

    const again = await asStaff()
      .post(`/staff/appeals/${String(answered._id)}/answer`)
      .field('text', 'Ещё раз');
    const empty = await asStaff()
      .post(`/staff/appeals/${String(open._id)}/answer`)
      .field('text', '  ');
    const program = await asStaff()
      .post(`/staff/appeals/${String(open._id)}/answer`)
      .field('text', 'Ответ')
      .attach(
        'files',
        Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'),
        'setup.exe',
      );

    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/^Обращение уже закрыто/);
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ path: 'text', message: 'Напишите текст письма' }]);
    expect(program.status).toBe(415);
    expect(await LetterModel.countDocuments()).toBe(lettersBefore);
    const stillOpen = await changeStatus(open._id, { status: 'in_progress' });
    expect(stillOpen.status).toBe(200);
  });

  it('when a representative tries to change an appeal, then 403, even for their own member', async () => {
    const appeal = await newAppeal();
    const rep = client(api.app, cast.token);

    expect(
      (await rep.post(`/staff/appeals/${String(appeal._id)}/status`).send({ status: 'registered' })).status,
    ).toBe(403);
    expect(
      (await rep.post(`/staff/appeals/${String(appeal._id)}/answer`).field('text', 'Сам себе')).status,
    ).toBe(403);
    expect((await AppealModel.findById(appeal._id).lean())?.status).toBe('submitted');
  });

  it('when the body or the id is malformed, then 4xx, never 5xx', async () => {
    const appeal = await newAppeal();
    const path = `/staff/appeals/${String(appeal._id)}`;
    const answers = await Promise.all([
      asStaff().post(`${path}/status`).send({ status: 42 }),
      asStaff()
        .post(`${path}/status`)
        .send({ status: 'registered', comment: ['a'] }),
      asStaff().post(`${path}/status`).set('Content-Type', 'application/json').send('{"status":'),
      asStaff().post('/staff/appeals/xyz/status').send({ status: 'registered' }),
      asStaff()
        .post('/staff/appeals/0123456789abcdef01234567/assign')
        .send({ expertId: String(staff.staff._id) }),
      asStaff().post(`${path}/assign`).send({ expertId: 'nobody' }),
      asStaff().post(`${path}/answer`).set('Content-Type', 'multipart/form-data; boundary=x').send('garbage'),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400, 400, 404, 400, 422]);
  });
});
