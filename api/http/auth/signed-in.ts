import type { Request } from 'express';
import type { Principal } from '../../domain/sessions/principal.js';
import { DomainError } from '../../domain/shared/domain-error.js';

/** The principal of a route open to representatives and staff alike; refused sessions answer their precise reason. */
export function signedIn(req: Request): Principal {
  if (req.principal) return req.principal;
  throw req.authFailure ?? new DomainError('unauthenticated', 'Войдите в личный кабинет.');
}
