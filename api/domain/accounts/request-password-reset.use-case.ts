import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { findAccountHolderByInn } from './account-holder.repository.js';
import { ACCOUNT_EMAILS, enqueueAccountEmail } from './account-emails.js';

/**
 * A forgotten password: when the INN and e-mail name a person who may use the cabinet, a reset link is left for the
 * jobs to e-mail. The caller learns nothing either way.
 */
export async function requestPasswordReset(
  input: { inn: string; email: string },
  now = new Date(),
): Promise<void> {
  const holder = await findAccountHolderByInn(input.inn, input.email);
  if (!holder || !checkAccess({ ...holder, now }).allowed) return;
  await enqueueAccountEmail(ACCOUNT_EMAILS.passwordReset, holder.representative._id, now);
}
