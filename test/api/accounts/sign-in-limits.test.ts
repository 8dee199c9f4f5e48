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

describe('sign-in limits: per account and per address', () => {
  const api = useTestApi();
  const activeRepresentative = () => createActiveRepresentative(api.deps.hasher);
  const signIn = (body: Record<string, unknown>, address?: string) => signInTo(api.app, body, address);

  it('when an account fails 5 times, then it is locked with 429 and Retry-After, also for the right password', async () => {
    const { member } = await activeRepresentative();
    for (let i = 0; i < 5; i += 1) {
      expect((await signIn({ inn: member.inn, password: `wrong-${i}` })).status).toBe(401);
    }

    const locked = await signIn({ inn: member.inn, password: TEST_PASSWORD });

    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(locked.body.detail).toMatch(/повторите попытку через 15 минут/i);
    expect(locked.body.detail).toContain('восстановите пароль');
  });

  it('when an unknown account fails 5 times, then it is locked just the same, revealing nothing', async () => {
    const unknownInn = (await createMember()).inn;
    await MemberModel.deleteOne({ inn: unknownInn });
    for (let i = 0; i < 5; i += 1) await signIn({ inn: unknownInn, password: `wrong-${i}` });
    expect((await signIn({ inn: unknownInn, password: 'wrong-again' })).status).toBe(429);
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

  it('when a successful sign-in follows failures, then the failures are forgotten', async () => {
    const { member } = await activeRepresentative();
    for (let i = 0; i < 4; i += 1) await signIn({ inn: member.inn, password: `wrong-${i}` });
    expect((await signIn({ inn: member.inn, password: TEST_PASSWORD })).status).toBe(200);
    for (let i = 0; i < 4; i += 1) await signIn({ inn: member.inn, password: `wrong-${i}` });
    expect((await signIn({ inn: member.inn, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('when a staff account fails 5 times, then it is locked with 429', async () => {
    const staff = await createStaff(api.deps.hasher, 'expert', { email: uniqueEmail('staff') });
    const attempt = (password: string) =>
      request(api.app)
        .post('/api/v1/auth/staff/sign-in')
        .set('X-Forwarded-For', clientAddress())
        .send({ email: staff.email, password });
    for (let i = 0; i < 5; i += 1) expect((await attempt(`wrong-${i}`)).status).toBe(401);
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers['retry-after']).toBeDefined();
  });
});
