import { newSecretToken } from '../shared/secret-token.js';
import type { PasswordHasher } from './password-hasher.js';

const dummyHashes = new WeakMap<PasswordHasher, Promise<string>>();

/**
 * A hash of a password nobody knows, to verify against when the account is unknown or has no password yet, so that
 * a wrong INN or e-mail takes as long as a wrong password.
 */
export function dummyPasswordHash(hasher: PasswordHasher): Promise<string> {
  let hash = dummyHashes.get(hasher);
  if (!hash) {
    hash = hasher.hash(newSecretToken());
    dummyHashes.set(hasher, hash);
  }
  return hash;
}
