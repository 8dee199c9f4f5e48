import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import request from 'supertest';
import { AuditEntryModel } from '../../../api/domain/audit/audit-entry.model.js';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import {
  createMember,
  createRepresentative,
  createStaff,
  representativeToken,
  staffToken,
} from '../../helpers/factories.js';
import { uniqueEmail } from './accounts-fixtures.js';

describe('staff manage representatives', () => {
  const api = useTestApi();

  const asStaff = async () => {
    const staff = await createStaff(api.deps.hasher, 'expert');
    return { staff, token: await staffToken(staff) };
  };

  const create = (token: string, memberId: string, body: Record<string, unknown>) =>
    request(api.app)
      .post(`/api/v1/staff/members/${memberId}/representatives`)
      .auth(token, { type: 'bearer' })
      .send(body);

  it('when staff add a representative, then it is pending, audited, and an activation e-mail is left without personal data', async () => {
    const { staff, token } = await asStaff();
    const member = await createMember();
    const email = uniqueEmail();

    const response = await create(token, String(member._id), {
      fullName: '  Кузнецов Олег Игоревич ',
      email: email.toUpperCase(),
      authorityExpiresAt: '2099-12-31',
    });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      memberId: String(member._id),
      fullName: 'Кузнецов Олег Игоревич',
      email,
      phone: null,
      status: 'pending',
      emailConfirmedAt: null,
      authorityExpiresAt: '2099-12-31T21:00:00.000Z',
      telegramLinks: 0,
    });
    const audit = await AuditEntryModel.findOne({ action: 'representative.created' }).lean();
    expect(audit).toMatchObject({
      actor: { kind: 'staff', role: 'expert' },
      target: { kind: 'representative' },
    });
    expect(String(audit?.actor?.id)).toBe(String(staff._id));
    expect(String(audit?.target?.memberId)).toBe(String(member._id));
    const message = await OutboxMessageModel.findOne({
      kind: 'email.activation',
      'payload.representativeId': response.body.id,
    }).lean();
    expect(message?.status).toBe('pending');
    expect(JSON.stringify(message)).not.toContain(email);
  });

  it('when the input is wrong, then 400, 404, 409 or 422 tell what, never 5xx', async () => {
    const { token } = await asStaff();
    const member = await createMember();
    const excluded = await createMember({ status: 'excluded' });
    const email = uniqueEmail();
    expect((await create(token, String(member._id), { fullName: 'Иванов Иван', email })).status).toBe(201);

    const duplicate = await create(token, String(member._id), { fullName: 'Иванов Иван', email });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.detail).toContain('уже есть представитель с таким e-mail');
    const badEmail = await create(token, String(member._id), { fullName: 'Иванов Иван', email: 'nope' });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.errors[0]).toMatchObject({
      path: 'email',
      message: 'Неверный адрес электронной почты',
    });
    expect((await create(token, 'not-an-id', { fullName: 'Иванов Иван', email })).status).toBe(400);
    expect(
      (await create(token, String(new Types.ObjectId()), { fullName: 'Иванов Иван', email })).status,
    ).toBe(404);
    const gone = await create(token, String(excluded._id), { fullName: 'Иванов Иван', email });
    expect(gone.status).toBe(422);
    expect(gone.body.detail).toContain('исключена');
    const past = await create(token, String(member._id), {
      fullName: 'Иванов Иван',
      email: uniqueEmail(),
      authorityExpiresAt: '2020-01-01T00:00:00Z',
    });
    expect(past.status).toBe(422);
    expect(past.body.field).toBe('authorityExpiresAt');
  });

  it('when someone other than staff calls, then 401 or 403', async () => {
    const member = await createMember();
    const representative = await createRepresentative(api.deps.hasher, member._id, { email: uniqueEmail() });
    const body = { fullName: 'Иванов Иван', email: uniqueEmail() };
    expect(
      (
        await request(api.app)
          .post(`/api/v1/staff/members/${String(member._id)}/representatives`)
          .send(body)
      ).status,
    ).toBe(401);
    const asRepresentative = await create(
      await representativeToken(representative),
      String(member._id),
      body,
    );
    expect(asRepresentative.status).toBe(403);
    expect((await request(api.app).get('/api/v1/staff/representatives')).status).toBe(401);
  });

  it('when staff list and open representatives, then filters and pages apply, rows name their member, the look is audited and no hash leaks', async () => {
    const { token } = await asStaff();
    const member = await createMember();
    const other = await createMember();
    const first = await createRepresentative(api.deps.hasher, member._id, { email: uniqueEmail() });
    await createRepresentative(api.deps.hasher, member._id, { email: uniqueEmail(), status: 'suspended' });
    await createRepresentative(api.deps.hasher, member._id, { email: uniqueEmail() });
    await createRepresentative(api.deps.hasher, other._id, { email: uniqueEmail() });

    const page = await request(api.app)
      .get(`/api/v1/staff/representatives?memberId=${String(member._id)}&status=active&perPage=1`)
      .auth(token, { type: 'bearer' });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 2, page: 1, perPage: 1 });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0].member).toEqual({
      id: String(member._id),
      shortName: member.shortName,
      inn: member.inn,
    });
    expect(page.text).not.toMatch(/argon2|passwordHash/);

    const one = await request(api.app)
      .get(`/api/v1/staff/representatives/${String(first._id)}`)
      .auth(token, { type: 'bearer' });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: String(first._id), status: 'active' });
    expect(one.text).not.toMatch(/argon2|passwordHash/);
    expect(
      await AuditEntryModel.countDocuments({ action: 'representative.read', 'target.id': first._id }),
    ).toBe(1);

    const missing = await request(api.app)
      .get(`/api/v1/staff/representatives/${String(new Types.ObjectId())}`)
      .auth(token, { type: 'bearer' });
    expect(missing.status).toBe(404);
    const badStatus = await request(api.app)
      .get('/api/v1/staff/representatives?status=deleted')
      .auth(token, { type: 'bearer' });
    expect(badStatus.status).toBe(400);
  });

  it('when staff suspend, restore and re-send, then each step is checked, audited and conflicts answer 409', async () => {
    const { token } = await asStaff();
    const member = await createMember();
    const active = await createRepresentative(api.deps.hasher, member._id, { email: uniqueEmail() });
    const path = (action: string) => `/api/v1/staff/representatives/${String(active._id)}/${action}`;

    const noReason = await request(api.app).post(path('suspend')).auth(token, { type: 'bearer' }).send({});
    expect(noReason.status).toBe(400);
    const suspended = await request(api.app)
      .post(path('suspend'))
      .auth(token, { type: 'bearer' })
      .send({ reason: 'Письмо организации от 01.02.2026' });
    expect(suspended.body).toMatchObject({
      status: 'suspended',
      suspendReason: 'Письмо организации от 01.02.2026',
    });
    const twice = await request(api.app)
      .post(path('suspend'))
      .auth(token, { type: 'bearer' })
      .send({ reason: 'Ещё раз' });
    expect(twice.status).toBe(409);
    const resendSuspended = await request(api.app)
      .post(path('resend-activation'))
      .auth(token, { type: 'bearer' });
    expect(resendSuspended.status).toBe(409);

    const restored = await request(api.app).post(path('restore')).auth(token, { type: 'bearer' });
    expect(restored.body).toMatchObject({ status: 'active', suspendedAt: null, suspendReason: null });
    expect((await request(api.app).post(path('restore')).auth(token, { type: 'bearer' })).status).toBe(409);
    const resendActive = await request(api.app)
      .post(path('resend-activation'))
      .auth(token, { type: 'bearer' });
    expect(resendActive.status).toBe(409);
    expect(resendActive.body.detail).toContain('уже активирован');

    const actions = await AuditEntryModel.find({ 'target.id': active._id }).sort({ at: 1 }).lean();
    expect(actions.map((entry) => entry.action)).toEqual([
      'representative.suspended',
      'representative.restored',
    ]);
  });

  it('when the member is excluded, then its pending representative gets no new activation link', async () => {
    const { token } = await asStaff();
    const member = await createMember();
    const created = await create(token, String(member._id), {
      fullName: 'Иванов Иван',
      email: uniqueEmail(),
    });
    await MemberModel.updateOne({ _id: member._id }, { $set: { status: 'excluded' } });

    const resend = await request(api.app)
      .post(`/api/v1/staff/representatives/${created.body.id}/resend-activation`)
      .auth(token, { type: 'bearer' });

    expect(resend.status).toBe(422);
  });
});
