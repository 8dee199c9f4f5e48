import type { Principal } from '../sessions/principal.js';
import type { Session } from '../sessions/session.model.js';
import { listOwnLiveSessions } from './own-sessions.repository.js';

export type OwnSession = Session & { current: boolean };

/** The signed-in person's live sessions, latest used first, the one asking flagged. */
export async function listOwnSessions(principal: Principal, now = new Date()): Promise<OwnSession[]> {
  const sessions = await listOwnLiveSessions(principal, now);
  return sessions.map((session) => ({ ...session, current: session._id === principal.sessionId }));
}
