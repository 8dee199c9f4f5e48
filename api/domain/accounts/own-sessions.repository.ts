import { Types } from 'mongoose';
import type { Principal } from '../sessions/principal.js';
import { SessionModel, type Session } from '../sessions/session.model.js';
import { revokeSessions } from '../sessions/sessions.repository.js';

/** The sessions that belong to the same person as the principal, representative or staff. */
function ownerOf(principal: Principal) {
  return principal.kind === 'staff'
    ? { staffId: new Types.ObjectId(principal.staffId) }
    : { representativeId: new Types.ObjectId(principal.representativeId) };
}

export function listOwnLiveSessions(principal: Principal, now: Date): Promise<Session[]> {
  return SessionModel.find({ ...ownerOf(principal), revokedAt: null, expiresAt: { $gt: now } })
    .sort({ lastSeenAt: -1 })
    .limit(100)
    .lean<Session[]>();
}

/** Ends one of the principal's own sessions; false when no such live session of theirs exists. */
export async function revokeOwnSession(principal: Principal, sessionId: string, now: Date): Promise<boolean> {
  return (await revokeSessions({ ...ownerOf(principal), _id: sessionId }, 'ended_by_owner', now)) > 0;
}
