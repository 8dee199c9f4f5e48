import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { TEST_PASSWORD, createMember, createStaff } from '../../helpers/factories.js';
import {
  clientAddress,
  createActiveRepresentative,
  signIn as signInTo,
  uniqueEmail,
} from './accounts-fixtures.js';

describe('sign-in limits: strict per account and address, loose per account', () => {
  const api = useTestApi();
  const activeRepresentative = () => createActiveRepresentative(api.deps.hasher);
  const signIn = (body: Record<string, unknown>, address?: string) => signInTo(api.app, body, address);
  const failFrom = async (inn: string, address: string, times: number) => {
    for (let i = 0; i < times; i += 1) {
      expect((await signIn({ inn, password: `wrong-${i}` }, address)).status).toBe(401);
    }
  };

  it('when one address fails 5 times for an account, then that address gets 429 with Retry-After, also for the right password', async () => {
    const { member } = await activeRepresentative();
    const address = clientAddress();
    await failFrom(member.inn, address, 5);

    const locked = await signIn({ inn: member.inn, password: TEST_PASSWORD }, address);

    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.body.retryAfter).toBe(retryAfter);
    expect(locked.body.detail).toMatch(/с вашего адреса\. Повторите попытку через 15 минут\./);
    expect(locked.body.detail).toContain('восстановите пароль');
  });

  it('when an account fails 5 times from one address, then the right password from an address with no failures signs in', async () => {
    const { member } = await activeRepresentative();
    await failFrom(member.inn, clientAddress(), 5);

    const elsewhere = await signIn({ inn: member.inn, password: TEST_PASSWORD }, clientAddress());

    expect(elsewhere.status).toBe(200);
  });

  it('when an account keeps failing from several addresses, then an address that failed waits a delay that grows, never a lock', async () => {
    const { member } = await activeRepresentative();
    const [first, second, third] = [clientAddress(), clientAddress(), clientAddress()];
    await failFrom(member.inn, first, 4);
    const waits: number[] = [];
    for (const address of [second, third]) {
      await failFrom(member.inn, address, 1);
      const delayed = await signIn({ inn: member.inn, password: TEST_PASSWORD }, address);
      expect(delayed.status).toBe(429);
      expect(delayed.body.detail).toMatch(/^Слишком много неудачных попыток входа в эту учётную запись\./);
      waits.push(Number(delayed.headers['retry-after']));
    }

    expect(waits).toEqual([1, 2]);
    const attacked = await signIn({ inn: member.inn, password: TEST_PASSWORD }, clientAddress());
    expect(attacked.status).toBe(200);
  });

  it('when the delay of an account has run out, then an address that failed may try again', async () => {
    const { member } = await activeRepresentative();
    const address = clientAddress();
    await failFrom(member.inn, address, 4);
    await failFrom(member.inn, clientAddress(), 1);
    const delayed = await signIn({ inn: member.inn, password: TEST_PASSWORD }, address);
    expect(delayed.status).toBe(429);
    expect(delayed.body.detail).toContain('Повторите попытку через 1 секунду.');

    await sleep(1100);

    expect((await signIn({ inn: member.inn, password: TEST_PASSWORD }, address)).status).toBe(200);
  });

  it('when one address sends 10 wrong passwords at once, then at most 5 are checked', async () => {
    const { member } = await activeRepresentative();
    const address = clientAddress();

    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signIn({ inn: member.inn, password: `wrong-${i}` }, address)),
    );

    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status !== 401).every((status) => status === 429)).toBe(true);
  });

  it('when an unknown account fails 5 times from one address, then it is limited just the same, revealing nothing', async () => {
    const unknownInn = (await createMember()).inn;
    await MemberModel.deleteOne({ inn: unknownInn });
    const address = clientAddress();
    await failFrom(unknownInn, address, 5);
    expect((await signIn({ inn: unknownInn, password: 'wrong-again' }, address)).status).toBe(429);
    expect((await signIn({ inn: unknownInn, password: 'wrong-again' }, clientAddress())).status).toBe(401);
  });

  it('when one address fails 30 times across accounts, then it is refused before any password is checked', async () => {
    const address = clientAddress();
    const { member } = await activeRepresentative();
    for (let i = 0; i < 30; i += 1) {
      const response = await signIn({ inn: member.inn, email: uniqueEmail(), password: 'wrong' }, address);
      expect(response.status).toBe(401);
    }

    const refused = await signIn({ inn: member.inn, password: TEST_PASSWORD }, address);
    expect(refused.status).toBe(429);
    expect(refused.body.detail).toContain('с вашего адреса');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    expect((await signIn({ inn: member.inn, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('when a successful sign-in follows failures from the same address, then the failures are forgotten', async () => {
    const { member } = await activeRepresentative();
    const address = clientAddress();
    await failFrom(member.inn, address, 4);
    expect((await signIn({ inn: member.inn, password: TEST_PASSWORD }, address)).status).toBe(200);
    await failFrom(member.inn, address, 4);
    expect((await signIn({ inn: member.inn, password: TEST_PASSWORD }, address)).status).toBe(200);
  });

  it('when a staff account fails 5 times from one address, then that address gets 429 and another signs in', async () => {
    const staff = await createStaff(api.deps.hasher, 'expert', { email: uniqueEmail('staff') });
    const attempt = (password: string, address: string) =>
      request(api.app)
        .post('/api/v1/auth/staff/sign-in')
        .set('X-Forwarded-For', address)
        .send({ email: staff.email, password });
    const address = clientAddress();
    for (let i = 0; i < 5; i += 1) expect((await attempt(`wrong-${i}`, address)).status).toBe(401);

    const locked = await attempt(TEST_PASSWORD, address);
    const elsewhere = await attempt(TEST_PASSWORD, clientAddress());

    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
    expect(locked.body.detail).toContain('обратитесь к администратору СРО');
    expect(elsewhere.status).toBe(200);
  });
});
