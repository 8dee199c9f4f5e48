import { revokeSessions } from '../sessions/sessions.repository.js';
import { hashSecretToken } from '../shared/secret-token.js';

/** Ends the session of the token presented, whatever the standing of its owner. */
export async function signOut(token: string | undefined, now = new Date()): Promise<void> {
  if (!token) return;
  await revokeSessions({ _id: hashSecretToken(token) }, 'signed_out', now);
}
