import type { AccountHolder } from '../accounts/account-holder.repository.js';
import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { DomainError } from '../shared/domain-error.js';

/** Refuses linking an account that may not use the cabinet now, saying why (exclusion, suspension, authority…). */
export function assertMayUseTelegram({ member, representative }: AccountHolder, now: Date): void {
  const access = checkAccess({ member, representative, now });
  if (!access.allowed) throw new DomainError('forbidden', access.message, { reason: access.reason });
}
