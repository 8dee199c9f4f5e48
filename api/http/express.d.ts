import type { Principal } from '../domain/sessions/principal.js';
import type { DomainError } from '../domain/shared/domain-error.js';

declare global {
  namespace Express {
    interface Request {
      /** Set by the authenticate middleware when a valid session came with the request. */
      principal?: Principal;
      /** Why a session that came with the request was refused (ended, suspended, excluded…). */
      authFailure?: DomainError;
    }
  }
}
