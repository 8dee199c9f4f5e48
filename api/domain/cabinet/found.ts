import { DomainError } from '../shared/domain-error.js';

/** The value, or a not-found failure with a Russian message when there is none. */
export function found<T>(value: T | null, message: string): T {
  if (value === null) throw new DomainError('not_found', message);
  return value;
}

export const MEMBER_NOT_FOUND = 'Член СРО не найден.';
