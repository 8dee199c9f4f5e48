import { createHash, randomBytes } from 'node:crypto';

/** An opaque URL-safe secret (43 characters for 32 bytes); only its hash is ever stored. */
export function newSecretToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
