import type { Types } from 'mongoose';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import { hashSecretToken, newSecretToken } from '../shared/secret-token.js';
import { AccountTokenModel, type AccountToken, type AccountTokenPurpose } from './account-token.model.js';
import { UsedTokenModel } from './used-token.model.js';

const HOUR_MS = 3_600_000;

export const ACCOUNT_TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  activation: 72 * HOUR_MS,
  password_reset: HOUR_MS,
};

/** Makes the person's unspent links of these purposes stop working. */
export async function supersedeAccountTokens(
  representativeId: Types.ObjectId,
  purposes: readonly AccountTokenPurpose[],
  now = new Date(),
): Promise<void> {
  await AccountTokenModel.updateMany(
    { representativeId, purpose: { $in: purposes }, supersededAt: null },
    { $set: { supersededAt: now } },
  );
}

/** Issues a link token, superseding older ones of the same purpose; the token is returned once, only its hash kept. */
export async function issueAccountToken(
  representativeId: Types.ObjectId,
  purpose: AccountTokenPurpose,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  await supersedeAccountTokens(representativeId, [purpose], now);
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + ACCOUNT_TOKEN_LIFETIME_MS[purpose]);
  await AccountTokenModel.create({ _id: hashSecretToken(token), purpose, representativeId, expiresAt });
  return { token, expiresAt };
}

export function findAccountToken(token: string): Promise<AccountToken | null> {
  return AccountTokenModel.findById(hashSecretToken(token)).lean<AccountToken>();
}

export async function isAccountTokenSpent(tokenHash: string): Promise<boolean> {
  return (await UsedTokenModel.exists({ _id: tokenHash })) !== null;
}

/** Spends a token once: false when it was already spent, by an earlier or a concurrent caller. */
export async function spendAccountToken(tokenHash: string, now = new Date()): Promise<boolean> {
  try {
    await UsedTokenModel.create({ _id: tokenHash, usedAt: now });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}
