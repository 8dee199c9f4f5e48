import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { StaffUserModel } from '../../../api/domain/staff/staff-user.model.js';
import { createStaff, staffToken } from '../../helpers/factories.js';
import { useRegistryKit } from './registry-kit.js';

const STRONG_PASSWORD = 'Опалубка-Трамвай-Селитра-91';

describe('staff registry: staff accounts', () => {
  const kit = useRegistryKit();

  it('when an admin opens an account, then the password is stored as an argon2id hash and never answered', async () => {
    const response = await kit.as('admin').post('/api/v1/staff/staff-users').send({
      email: 'Novikova@SRO.test',
      fullName: 'Новикова Ольга Сергеевна',
      role: 'expert',
      password: STRONG_PASSWORD,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      email: 'novikova@sro.test',
      role: 'expert',
      active: true,
      lastSignInAt: null,
    });
    expect(JSON.stringify(response.body)).not.toMatch(/password/i);

    const stored = await StaffUserModel.findById(response.body.id).select('+passwordHash').lean();
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await kit.deps.hasher.verify(stored!.passwordHash!, STRONG_PASSWORD)).toBe(true);

    const signIn = await request(kit.app)
      .post('/api/v1/auth/staff/sign-in')
      .send({ email: 'novikova@sro.test', password: STRONG_PASSWORD });
    expect(signIn.status).toBe(200);
  });

  it('when the password is weak, the e-mail taken or the caller an expert, then 422, 409 or 403', async () => {
    const weak = await kit
      .as('admin')
      .post('/api/v1/staff/staff-users')
      .send({ email: 'weak@sro.test', fullName: 'Слабов Пётр', role: 'expert', password: 'qwerty12345' });
    expect(weak.status).toBe(422);
    expect(weak.body.detail).toMatch(/^Пароль слишком простой/);

    const short = await kit
      .as('admin')
      .post('/api/v1/staff/staff-users')
      .send({ email: 'short@sro.test', fullName: 'Коротков Пётр', role: 'expert', password: 'Ab1-x' });
    expect(short.status).toBe(422);
    expect(short.body.detail).toBe('Пароль слишком короткий. Не менее 10 символов.');

    const existing = await createStaff(kit.deps.hasher, 'expert');
    const taken = await kit.as('admin').post('/api/v1/staff/staff-users').send({
      email: existing.email.toUpperCase(),
      fullName: 'Двойников',
      role: 'expert',
      password: STRONG_PASSWORD,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toBe('Сотрудник с таким адресом электронной почты уже есть.');

    const byExpert = await kit
      .as('expert')
      .post('/api/v1/staff/staff-users')
      .send({ email: 'x@sro.test', fullName: 'Икс', role: 'admin', password: STRONG_PASSWORD });
    expect(byExpert.status).toBe(403);
    expect((await kit.as('expert').get('/api/v1/staff/staff-users')).status).toBe(403);
  });

  it('when an admin deactivates an employee, then their open session ends at once and the audit records it', async () => {
    const employee = await createStaff(kit.deps.hasher, 'expert');
    const token = await staffToken(employee);
    expect((await kit.as(token).get('/api/v1/staff/members')).status).toBe(200);

    const response = await kit
      .as('admin')
      .patch(`/api/v1/staff/staff-users/${String(employee._id)}`)
      .send({ active: false, role: 'admin' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ active: false, role: 'admin' });
    expect((await kit.as(token).get('/api/v1/staff/members')).status).toBe(401);

    const audit = await kit.as('admin').get('/api/v1/staff/audit?action=staff_user.updated');
    expect(audit.body.items[0]).toMatchObject({
      target: { kind: 'staff_user', id: String(employee._id) },
      changes: { role: 'admin', endedSessions: 1 },
    });
    expect(audit.body.items[0].changes.fields.sort()).toEqual(['active', 'role']);
  });

  it('when an admin tries to deactivate or demote themself, then 409 and nothing changes', async () => {
    const own = `/api/v1/staff/staff-users/${String(kit.admin._id)}`;
    const deactivate = await kit.as('admin').patch(own).send({ active: false });
    expect(deactivate.status).toBe(409);
    expect(deactivate.body.detail).toBe('Нельзя отключить собственную учётную запись.');
    const demote = await kit.as('admin').patch(own).send({ role: 'expert' });
    expect(demote.status).toBe(409);
    expect(demote.body.detail).toBe('Нельзя снять с себя роль администратора.');
    const rename = await kit.as('admin').patch(own).send({ fullName: 'Администратов Админ', role: 'admin' });
    expect(rename.status).toBe(200);
    expect((await kit.as('admin').get('/api/v1/staff/members')).status).toBe(200);
  });

  it('when staff are listed with filters and sort, then matching accounts come, none with a password hash', async () => {
    await createStaff(kit.deps.hasher, 'expert', { fullName: 'Яковлева Анна', email: 'yakovleva@sro.test' });
    const experts = await kit
      .as('admin')
      .get('/api/v1/staff/staff-users?role=expert&sort=fullName&order=desc');
    expect(experts.status).toBe(200);
    expect(experts.body.items[0].fullName).toBe('Яковлева Анна');
    expect(experts.body.items.every((item: { role: string }) => item.role === 'expert')).toBe(true);
    const inactive = await kit.as('admin').get('/api/v1/staff/staff-users?active=false');
    expect(inactive.body.items.length).toBeGreaterThan(0);
    expect(inactive.body.items.every((item: { active: boolean }) => !item.active)).toBe(true);
    const search = await kit.as('admin').get('/api/v1/staff/staff-users?q=YAKOVLEVA');
    expect(search.body.items.map((item: { email: string }) => item.email)).toEqual(['yakovleva@sro.test']);
    expect(JSON.stringify([experts.body, inactive.body, search.body])).not.toMatch(/passwordHash|argon2/);
  });
});
