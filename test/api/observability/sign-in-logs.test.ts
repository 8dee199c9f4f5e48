import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createLogger } from '../../../api/logger.js';
import { useTestApi } from '../../helpers/api-app.js';
import { TEST_PASSWORD, createStaff } from '../../helpers/factories.js';
import { clientAddress, createActiveRepresentative, signIn } from '../accounts/accounts-fixtures.js';

const lines: string[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

describe('logs of sign-ins', () => {
  // the process's own logger at its most talkative level, writing into the test
  const api = useTestApi({ log: createLogger('trace', capture) });

  it('when representatives and staff sign in, rightly or not, then the JSON log has request ids and no password, INN, e-mail or token', async () => {
    const { member, representative } = await createActiveRepresentative(api.deps.hasher);
    const staff = await createStaff(api.deps.hasher, 'expert');
    const wrongPassword = 'Ne-tot-parol-2024';
    lines.length = 0;

    const answers = [
      await signIn(api.app, { inn: member.inn, password: TEST_PASSWORD }),
      await signIn(api.app, { inn: member.inn, email: representative.email, password: wrongPassword }),
      await request(api.app)
        .post('/api/v1/auth/staff/sign-in')
        .set('X-Forwarded-For', clientAddress())
        .send({ email: staff.email, password: TEST_PASSWORD }),
      await request(api.app)
        .post('/api/v1/auth/staff/sign-in')
        .set('X-Forwarded-For', clientAddress())
        .send({ email: staff.email, password: wrongPassword }),
    ];
    const me = await request(api.app).get('/api/v1/auth/me').auth(answers[0]!.body.token, { type: 'bearer' });

    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 200, 401]);
    expect(me.status).toBe(200);
    const entries = lines.map((line) => JSON.parse(line) as { req?: { id: string; url: string } });
    const requests = entries.filter((entry) => entry.req);
    expect(requests.map((entry) => entry.req!.url)).toEqual([
      '/api/v1/auth/sign-in',
      '/api/v1/auth/sign-in',
      '/api/v1/auth/staff/sign-in',
      '/api/v1/auth/staff/sign-in',
      '/api/v1/auth/me',
    ]);
    for (const entry of requests) expect(entry.req!.id).toMatch(/^[\w-]{8,64}$/);
    const log = lines.join('\n');
    for (const secret of [
      TEST_PASSWORD,
      wrongPassword,
      member.inn,
      representative.email,
      staff.email,
      answers[0]!.body.token,
      answers[2]!.body.token,
    ]) {
      expect({ secret, found: log.includes(secret) }).toEqual({ secret, found: false });
    }
  });
});
