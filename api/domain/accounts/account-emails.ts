import type { Types } from 'mongoose';
import { enqueueOutboxMessage } from '../notifications/outbox.repository.js';

/** Outbox kinds of the account e-mails; the jobs make the link (if any) and send the letter. */
export const ACCOUNT_EMAILS = {
  activation: 'email.activation',
  passwordReset: 'email.password_reset',
  passwordChanged: 'email.password_changed',
} as const;
export type AccountEmailKind = (typeof ACCOUNT_EMAILS)[keyof typeof ACCOUNT_EMAILS];

/** Leaves an account e-mail for the jobs; the payload names the person only by id. */
export async function enqueueAccountEmail(
  kind: AccountEmailKind,
  representativeId: Types.ObjectId,
  now: Date,
): Promise<void> {
  await enqueueOutboxMessage({
    kind,
    payload: { representativeId: String(representativeId) },
    idempotencyKey: `${kind}:${String(representativeId)}:${now.getTime()}`,
  });
}
