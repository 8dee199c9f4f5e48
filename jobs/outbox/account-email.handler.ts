import { ACCOUNT_EMAILS, type AccountEmailKind } from '../../api/domain/accounts/account-emails.js';
import {
  prepareAccountEmail,
  type AccountEmail,
} from '../../api/domain/accounts/prepare-account-email.use-case.js';
import type { OutboxMessage } from '../../api/domain/notifications/outbox-message.model.js';
import { activationEmail } from '../emails/activation.email.js';
import type { RenderedEmail } from '../emails/email-layout.js';
import { passwordChangedEmail } from '../emails/password-changed.email.js';
import { passwordResetEmail } from '../emails/password-reset.email.js';
import type { DispatchDeps } from './dispatch-deps.js';

type Render = (email: AccountEmail, publicUrl: string, now: Date) => RenderedEmail;

const withLink =
  (page: string, template: typeof activationEmail): Render =>
  ({ fullName, memberShortName, link }, publicUrl) => {
    if (!link) throw new Error(`the ${page} e-mail came without its link`);
    const url = `${publicUrl}/account/${page}?token=${link.token}`;
    return template({ fullName, memberShortName, url, expiresAt: link.expiresAt });
  };

const RENDER: Record<AccountEmailKind, Render> = {
  [ACCOUNT_EMAILS.activation]: withLink('activate', activationEmail),
  [ACCOUNT_EMAILS.passwordReset]: withLink('reset', passwordResetEmail),
  [ACCOUNT_EMAILS.passwordChanged]: (email, _publicUrl, now) => passwordChangedEmail({ ...email, at: now }),
};

/** Sends an account e-mail; one that no longer applies (e.g. the person was activated meanwhile) is dropped. */
export async function deliverAccountEmail(
  message: OutboxMessage,
  deps: DispatchDeps,
  now: Date,
): Promise<void> {
  const kind = message.kind as AccountEmailKind;
  const email = await prepareAccountEmail(kind, String(message.payload.representativeId), now);
  if (!email) return;
  await deps.email.send({ to: email.to, ...RENDER[kind](email, deps.publicUrl, now) });
}

export const ACCOUNT_EMAIL_HANDLERS = Object.fromEntries(
  Object.values(ACCOUNT_EMAILS).map((kind) => [kind, deliverAccountEmail]),
);
