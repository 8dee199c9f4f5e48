import { readCache, writeCache, type CacheStamp } from '../../db/read-cache.js';
import { MemberModel } from '../members/member.model.js';
import { RepresentativeModel } from '../representatives/representative.model.js';
import { checkAccess, type AccessCheck } from '../representatives/sign-in-eligibility.js';
import { DomainError } from '../shared/domain-error.js';
import { hashSecretToken } from '../shared/secret-token.js';
import { StaffUserModel } from '../staff/staff-user.model.js';
import type { Principal } from './principal.js';
import type { Session } from './session.model.js';
import { findLiveSession, findSessionByToken, LAST_SEEN_GRANULARITY_MS } from './sessions.repository.js';

const sessionEnded = () => new DomainError('unauthenticated', 'Сеанс завершён или истёк. Войдите снова.');

type StandingCheck = Omit<AccessCheck, 'now'>;

/** What the check of a representative's session needs, as cached between calls. */
interface Standing extends StandingCheck {
  session: Pick<Session, '_id' | 'representativeId' | 'memberId' | 'expiresAt' | 'lastSeenAt'>;
}

async function loadStanding(session: Session): Promise<StandingCheck> {
  const [representative, member] = await Promise.all([
    RepresentativeModel.findById(session.representativeId)
      .select({ _id: 0, status: 1, emailConfirmedAt: 1, authorityExpiresAt: 1, suspendReason: 1 })
      .lean(),
    MemberModel.findById(session.memberId).select({ _id: 0, status: 1 }).lean(),
  ]);
  if (!representative || !member) throw sessionEnded();
  return { representative, member };
}

/** Throws the refusal (exclusion, suspension, expired authority…) when the representative may not use the cabinet. */
function assertAllowed(standing: StandingCheck, now: Date): void {
  const access = checkAccess({ ...standing, now });
  if (!access.allowed) throw new DomainError('forbidden', access.message, { reason: access.reason });
}

const toPrincipal = ({ session }: Standing): Principal => ({
  kind: 'representative',
  sessionId: session._id,
  representativeId: String(session.representativeId),
  memberId: String(session.memberId),
});

async function resolveFromDatabase(
  token: string,
  now: Date,
  cache: { key: string; stamp: CacheStamp },
): Promise<Principal> {
  const session = await findLiveSession(token, now);
  if (!session) {
    const ended = await findSessionByToken(token);
    if (ended?.kind === 'representative') assertAllowed(await loadStanding(ended), now);
    throw sessionEnded();
  }
  if (session.kind === 'staff') {
    const staff = await StaffUserModel.findById(session.staffId).select({ role: 1, active: 1 }).lean();
    if (!staff?.active) throw new DomainError('forbidden', 'Учётная запись сотрудника отключена.');
    return { kind: 'staff', sessionId: session._id, staffId: String(staff._id), role: staff.role };
  }
  const { _id, representativeId, memberId, expiresAt, lastSeenAt } = session;
  const standing: Standing = {
    session: { _id, representativeId, memberId, expiresAt, lastSeenAt },
    ...(await loadStanding(session)),
  };
  assertAllowed(standing, now);
  await writeCache(cache.key, standing, cache.stamp, expiresAt.getTime() - now.getTime());
  return toPrincipal(standing);
}

/**
 * The principal behind a session token. The representative's and the member's standing are checked on every call,
 * so a suspension, an exclusion or an expired authority takes effect at once, not at the next sign-in; a session
 * ended because of such a refusal keeps answering with its reason rather than a bare "session ended". A
 * representative's standing is read through the cache, which every write to sessions, representatives and members
 * invalidates; the time-bound parts (expiry of the session and of the authority) are checked against `now` each time.
 */
export async function resolveSession(token: string, now = new Date()): Promise<Principal> {
  const key = `session:${hashSecretToken(token)}`;
  const cached = await readCache<Standing>(key);
  const standing = cached.value;
  if (
    standing &&
    standing.session.expiresAt > now &&
    now.getTime() - standing.session.lastSeenAt.getTime() <= LAST_SEEN_GRANULARITY_MS
  ) {
    assertAllowed(standing, now);
    return toPrincipal(standing);
  }
  return resolveFromDatabase(token, now, { key, stamp: cached.stamp });
}
