import { MemberModel } from '../members/member.model.js';
import { RepresentativeModel } from '../representatives/representative.model.js';
import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { DomainError } from '../shared/domain-error.js';
import { StaffUserModel } from '../staff/staff-user.model.js';
import type { Principal } from './principal.js';
import type { Session } from './session.model.js';
import { findLiveSession, findSessionByToken } from './sessions.repository.js';

const sessionEnded = () => new DomainError('unauthenticated', 'Сеанс завершён или истёк. Войдите снова.');

/** Throws the refusal (exclusion, suspension, expired authority…) when the representative may not use the cabinet. */
async function assertStanding(session: Session, now: Date): Promise<void> {
  const [representative, member] = await Promise.all([
    RepresentativeModel.findById(session.representativeId)
      .select({ status: 1, emailConfirmedAt: 1, authorityExpiresAt: 1 })
      .lean(),
    MemberModel.findById(session.memberId).select({ status: 1 }).lean(),
  ]);
  if (!representative || !member) throw sessionEnded();
  const access = checkAccess({ member, representative, now });
  if (!access.allowed) throw new DomainError('forbidden', access.message, { reason: access.reason });
}

/**
 * The principal behind a session token. The representative's and the member's standing are checked on every call,
 * so a suspension, an exclusion or an expired authority takes effect at once, not at the next sign-in; a session
 * ended because of such a refusal keeps answering with its reason rather than a bare "session ended".
 */
export async function resolveSession(token: string, now = new Date()): Promise<Principal> {
  const session = await findLiveSession(token, now);
  if (!session) {
    const ended = await findSessionByToken(token);
    if (ended?.kind === 'representative') await assertStanding(ended, now);
    throw sessionEnded();
  }
  if (session.kind === 'staff') {
    const staff = await StaffUserModel.findById(session.staffId).select({ role: 1, active: 1 }).lean();
    if (!staff?.active) throw new DomainError('forbidden', 'Учётная запись сотрудника отключена.');
    return { kind: 'staff', sessionId: session._id, staffId: String(staff._id), role: staff.role };
  }
  await assertStanding(session, now);
  return {
    kind: 'representative',
    sessionId: session._id,
    representativeId: String(session.representativeId),
    memberId: String(session.memberId),
  };
}
