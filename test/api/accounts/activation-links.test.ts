import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import request from 'supertest';
import { activateAccount } from '../../../api/domain/accounts/activate-account.use-case.js';
import { issueAccountToken } from '../../../api/domain/accounts/account-tokens.repository.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { staffToken } from '../../helpers/factories.js';
import { useSmtpPeer } from '../../helpers/smtp-peer.js';
import { clientAddress, linkIn, tokenOf } from './accounts-fixtures.js';
import { activationSteps, GOOD_PASSWORD } from './activation-steps.js';

describe('activation links that no longer work, and one link used at once', () => {
  const api = useTestApi();
  const smtp = useSmtpPeer();
  const { staffCreatesRepresentative, activationMailFor, submit } = activationSteps(api, smtp);

  it('when staff re-send the activation, then the old link is refused and the new one works', async () => {
    const { staff, email, representativeId } = await staffCreatesRepresentative();
    const oldLink = linkIn(await activationMailFor(email));

    const resend = await request(api.app)
      .post(`/api/v1/staff/representatives/${representativeId}/resend-activation`)
      .auth(await staffToken(staff), { type: 'bearer' });
    expect(resend.status).toBe(200);

    const refused = await request(api.app).get(oldLink).set('X-Forwarded-For', clientAddress());
    expect(refused.status).toBe(410);
    expect(refused.text).toContain('Ссылка больше не действует');

    const newLink = linkIn(await activationMailFor(email));
    expect(newLink).not.toBe(oldLink);
    const done = await submit(newLink, {
      password: GOOD_PASSWORD,
      passwordRepeat: GOOD_PASSWORD,
      acceptRegulation: 'on',
    });
    expect(done.status).toBe(200);
  });

  it('when the link has expired, then the page says so and asks the SRO for a new one', async () => {
    const { representativeId } = await staffCreatesRepresentative();
    const fourDaysAgo = new Date(Date.now() - 4 * 24 * 3600 * 1000);
    const { token } = await issueAccountToken(
      new Types.ObjectId(representativeId),
      'activation',
      fourDaysAgo,
    );

    const page = await request(api.app)
      .get(`/account/activate?token=${token}`)
      .set('X-Forwarded-For', clientAddress());
    expect(page.status).toBe(410);
    expect(page.text).toContain('Срок действия ссылки истёк');
    expect(page.text).toContain('Попросите СРО отправить новую ссылку');

    const json = await request(api.app)
      .post('/api/v1/auth/activation')
      .set('X-Forwarded-For', clientAddress())
      .send({ token, password: GOOD_PASSWORD, acceptRegulation: true });
    expect(json.status).toBe(422);
    expect(json.body).toMatchObject({ reason: 'token_expired' });
  });

  it('when a link is unknown or mangled, then the page says it was not found', async () => {
    const unknown = await request(api.app).get(
      '/account/activate?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('Ссылка не найдена');
    const mangled = await request(api.app).get('/account/activate?token=%3Cscript%3E');
    expect(mangled.status).toBe(404);
    expect(mangled.text).not.toContain('<script>');
  });

  it('when 20 activations with the same link run at once, then exactly one succeeds', async () => {
    const { email, representativeId } = await staffCreatesRepresentative();
    const token = tokenOf(linkIn(await activationMailFor(email)));

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        activateAccount(
          { token, password: `${GOOD_PASSWORD}-${i}`, acceptRegulation: true },
          api.deps.hasher,
        ),
      ),
    );

    const succeeded = results.filter((result) => result.status === 'fulfilled');
    expect(succeeded).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected')
        expect((result.reason as Error).message).toContain('уже использована');
    }
    const winner = results.findIndex((result) => result.status === 'fulfilled');
    const stored = await RepresentativeModel.findById(representativeId).select('+passwordHash').lean();
    expect(await api.deps.hasher.verify(stored!.passwordHash!, `${GOOD_PASSWORD}-${winner}`)).toBe(true);
  });
});
