import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { issueAccountToken } from '../../../api/domain/accounts/account-tokens.repository.js';
import { ensureFirstEdition } from '../../../api/domain/regulation/regulation-version.repository.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createMember, createRepresentative } from '../../helpers/factories.js';

const SIGN_IN =
  /Вход — по ИНН организации и паролю; если у организации несколько представителей, укажите также свой e-mail\./;
const NEW_PASSWORD = 'Ekskavator-Zabor-Polyn-91';

describe('what the activation pages say about signing in', () => {
  const api = useTestApi();

  async function activationToken() {
    await ensureFirstEdition();
    const member = await createMember();
    const representative = await createRepresentative(api.deps.hasher, member._id, {
      status: 'pending',
      emailConfirmedAt: null,
      passwordHash: null,
    });
    return {
      member,
      representative,
      token: (await issueAccountToken(representative._id, 'activation')).token,
    };
  }

  it('when the activation form opens, then it tells the sign-in the API asks for: INN and password, and the e-mail when there are several representatives', async () => {
    const { token } = await activationToken();

    const page = await request(api.app).get(`/account/activate?token=${token}`);

    expect(page.status).toBe(200);
    expect(page.text).toMatch(SIGN_IN);
    expect(page.text).not.toContain('Входить вы будете по ИНН организации и');
  });

  it('when the activation succeeds, then the page tells the same sign-in and cites no clause the shown regulation lacks', async () => {
    const { token } = await activationToken();

    const done = await request(api.app)
      .post('/account/activate')
      .type('form')
      .send({ token, password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD, acceptRegulation: 'on' });

    expect(done.status).toBe(200);
    expect(done.text).toMatch(SIGN_IN);
    expect(done.text).not.toMatch(/п\.\s*\d/);
    expect(done.text).toContain('сообщите об этом в СРО');
  });

  it('when the activation goes through the API, then its message tells the same sign-in, and that sign-in works', async () => {
    const { member, token } = await activationToken();

    const activated = await request(api.app)
      .post('/api/v1/auth/activation')
      .send({ token, password: NEW_PASSWORD, acceptRegulation: true });

    expect(activated.status).toBe(200);
    expect(activated.body.message).toMatch(SIGN_IN);
    const signedIn = await request(api.app)
      .post('/api/v1/auth/sign-in')
      .send({ inn: member.inn, password: NEW_PASSWORD });
    expect(signedIn.status).toBe(200);
  });
});
