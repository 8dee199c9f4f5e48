import { MemberModel } from '../members/member.model.js';
import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { openSession, type SessionClient } from '../sessions/sessions.repository.js';
import { DomainError } from '../shared/domain-error.js';
import type { AccountHolder } from './account-holder.repository.js';
import { findRepresentativeCredentials, withoutPasswordHash } from './credentials.repository.js';
import { dummyPasswordHash } from './dummy-password-hash.js';
import type { PasswordHasher } from './password-hasher.js';

export interface RepresentativeCredentials {
  inn: string;
  /** Needed when the member has several representatives. */
  email?: string;
  password: string;
}

export const WRONG_CREDENTIALS = 'Неверный ИНН, e-mail или пароль.';

export interface SignedIn<TAccount> {
  session: { token: string; sessionId: string; expiresAt: Date };
  account: TAccount;
}

/**
 * Sign-in by the member's INN and the personal password (§1.1); the e-mail tells several representatives apart.
 * An unknown INN or e-mail costs one password check like a wrong password, and answers the same. Only after a correct
 * password does the person learn why access is refused (exclusion, suspension, expired authority).
 */
export async function signInRepresentative(
  credentials: RepresentativeCredentials,
  hasher: PasswordHasher,
  client: SessionClient,
  now = new Date(),
): Promise<SignedIn<AccountHolder>> {
  const member = await MemberModel.findOne({ inn: credentials.inn })
    .select({ shortName: 1, inn: 1, status: 1 })
    .lean<AccountHolder['member']>();
  const candidates = member ? await findRepresentativeCredentials(member._id, credentials.email) : [];
  if (!credentials.email && candidates.length > 1) {
    throw new DomainError(
      'invalid',
      'У организации несколько представителей: укажите ваш e-mail, чтобы войти.',
      {
        field: 'email',
        needEmail: true,
      },
    );
  }
  const stored = candidates.length === 1 ? candidates[0] : undefined;
  const matches = await hasher.verify(
    stored?.passwordHash ?? (await dummyPasswordHash(hasher)),
    credentials.password,
  );
  if (!member || !stored?.passwordHash || !matches)
    throw new DomainError('unauthenticated', WRONG_CREDENTIALS);
  const representative = withoutPasswordHash(stored);
  const access = checkAccess({ member, representative, now });
  if (!access.allowed) throw new DomainError('forbidden', access.message, { reason: access.reason });
  const session = await openSession(
    { kind: 'representative', representativeId: representative._id, memberId: member._id },
    client,
    now,
  );
  return { session, account: { member, representative } };
}
