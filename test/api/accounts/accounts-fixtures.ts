import { randomInt, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import type { Express } from 'express';
import type { ParsedMail } from 'mailparser';
import request from 'supertest';
import type { PasswordHasher } from '../../../api/domain/accounts/password-hasher.js';
import { RegulationVersionModel } from '../../../api/domain/regulation/regulation-version.model.js';
import { createEmailChannel } from '../../../jobs/channels/email.channel.js';
import { dispatchOutbox } from '../../../jobs/dispatch-outbox.job.js';
import { TEST_PUBLIC_URL } from '../../helpers/api-app.js';
import { createMember, createRepresentative } from '../../helpers/factories.js';
import { silentLogger } from '../../helpers/silent-logger.js';
import type { SmtpPeer } from '../../helpers/smtp-peer.js';

/**
 * Rate-limit counters live in the Redis shared by every test file, so each test signs in from its own address and
 * with its own INN and e-mail, as separate people would.
 */
export const clientAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export const uniqueEmail = (name = 'rep') => `${name}-${randomUUID().slice(0, 8)}@example.ru`;

export async function publishRegulation(version = 'СС-СРО-ОД-06-2020-01') {
  return (
    await RegulationVersionModel.create({
      version,
      title: 'Регламент предоставления и пользования услугой «Личный кабинет члена СРО»',
      url: 'https://sro.example/reglament.pdf',
      effectiveFrom: new Date('2020-11-27'),
    })
  ).toObject();
}

/** Runs the jobs' outbox dispatch once, delivering to the SMTP peer. */
export function dispatchTo(peer: SmtpPeer, now?: Date) {
  const email = createEmailChannel({
    smtpUrl: peer.url,
    from: 'СРО <no-reply@sro.test>',
    dataDir: tmpdir(),
    log: silentLogger,
  });
  return dispatchOutbox({ email, publicUrl: TEST_PUBLIC_URL, log: silentLogger }, now).finally(() =>
    email.close(),
  );
}

/** The path and query of the cabinet link in an e-mail, to be requested from the app in-process. */
export function linkIn(mail: ParsedMail): string {
  const match = mail.text?.match(/http:\/\/cabinet\.test(\/account\/\w+\?token=[\w-]+)/);
  if (!match) throw new Error(`no cabinet link in the e-mail «${mail.subject ?? ''}»`);
  return match[1]!;
}

export const tokenOf = (link: string) => new URL(link, TEST_PUBLIC_URL).searchParams.get('token')!;

export const recipientOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? '';

/** An activated representative (password TEST_PASSWORD) of a member of their own, with a unique INN and e-mail. */
export async function createActiveRepresentative(
  hasher: PasswordHasher,
  overrides: Record<string, unknown> = {},
) {
  const member = await createMember();
  const representative = await createRepresentative(hasher, member._id, {
    email: uniqueEmail(),
    ...overrides,
  });
  return { member, representative };
}

/** POST /auth/sign-in, from an address of its own unless one is given. */
export const signIn = (app: Express, body: Record<string, unknown>, address = clientAddress()) =>
  request(app).post('/api/v1/auth/sign-in').set('X-Forwarded-For', address).send(body);
