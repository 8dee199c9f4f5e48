import { expect } from '@jest/globals';
import request from 'supertest';
import type { TestApi } from '../../helpers/api-app.js';
import { createMember, createStaff, staffToken } from '../../helpers/factories.js';
import type { SmtpPeer } from '../../helpers/smtp-peer.js';
import {
  clientAddress,
  dispatchTo,
  publishRegulation,
  recipientOf,
  tokenOf,
  uniqueEmail,
} from './accounts-fixtures.js';

export const GOOD_PASSWORD = 'Ekskavator-Zabor-Polyn-91';

/** The steps of the activation story, against the test app and the SMTP peer of a test file. */
export function activationSteps(api: TestApi, smtp: { peer: SmtpPeer }) {
  return {
    /** Staff record a representative through the API, which leaves the activation e-mail in the outbox. */
    async staffCreatesRepresentative(email = uniqueEmail()) {
      await publishRegulation().catch(() => undefined);
      const member = await createMember();
      const staff = await createStaff(api.deps.hasher, 'expert');
      const response = await request(api.app)
        .post(`/api/v1/staff/members/${String(member._id)}/representatives`)
        .auth(await staffToken(staff), { type: 'bearer' })
        .send({ fullName: 'Сидорова Анна Петровна', email, phone: '+7 (495) 123-45-67' });
      expect(response.status).toBe(201);
      return { member, staff, representativeId: response.body.id as string, email };
    },

    /** Runs the jobs' dispatch and answers the latest e-mail the SMTP peer got for the address. */
    async activationMailFor(email: string) {
      await dispatchTo(smtp.peer);
      const mails = smtp.peer.messages.filter((mail) => recipientOf(mail) === email);
      expect(mails.length).toBeGreaterThan(0);
      return mails.at(-1)!;
    },

    /** Sends the activation form of the page behind the link. */
    submit: (link: string, fields: Record<string, string>, address = clientAddress()) =>
      request(api.app)
        .post('/account/activate')
        .set('X-Forwarded-For', address)
        .type('form')
        .send({ token: tokenOf(link), ...fields }),
  };
}
