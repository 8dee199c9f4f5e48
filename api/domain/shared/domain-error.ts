/**
 * The one error type for expected failures of the SRO's rules. Each face maps `code` to its own answer
 * (an HTTP status and problem type, a bot message); the message is Russian and safe to show to the user.
 */
export type DomainErrorCode =
  | 'not_found'
  | 'invalid'
  | 'conflict'
  /** Existed once but no longer works: an expired or spent one-time link or code. */
  | 'gone'
  | 'forbidden'
  | 'unauthenticated'
  | 'too_many_attempts'
  | 'too_large'
  | 'unsupported_type'
  | 'unavailable';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
