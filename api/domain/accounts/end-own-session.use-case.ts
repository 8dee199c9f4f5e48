import type { Principal } from '../sessions/principal.js';
import { DomainError } from '../shared/domain-error.js';
import { revokeOwnSession } from './own-sessions.repository.js';

/** Ends one of the person's own sessions (a lost phone); another person's session is as unknown as a missing one. */
export async function endOwnSession(
  principal: Principal,
  sessionId: string,
  now = new Date(),
): Promise<void> {
  if (!(await revokeOwnSession(principal, sessionId, now))) {
    throw new DomainError('not_found', 'Сеанс не найден или уже завершён.');
  }
}
