import { randomBytes } from 'node:crypto';
import type { PasswordHasher } from '../../domain/accounts/password-hasher.js';

export interface DemoPasswordHashes {
  /** The hash of a password from credentials.json. */
  of(password: string): string;
  /** A hash of a secret nobody knows: the accounts of representatives who keep their passwords to themselves. */
  unknown: string;
}

/** Hashes each distinct password once, all at a time: argon2 is slow on purpose. */
export async function hashDemoPasswords(
  hasher: PasswordHasher,
  passwords: readonly string[],
): Promise<DemoPasswordHashes> {
  const distinct = [...new Set(passwords)];
  const [unknown, ...hashes] = await Promise.all(
    [randomBytes(24).toString('base64url'), ...distinct].map((password) => hasher.hash(password)),
  );
  const byPassword = new Map(distinct.map((password, i) => [password, hashes[i]!]));
  return {
    of: (password) => {
      const hash = byPassword.get(password);
      if (!hash) throw new Error('demo data: a password was not hashed');
      return hash;
    },
    unknown: unknown!,
  };
}
