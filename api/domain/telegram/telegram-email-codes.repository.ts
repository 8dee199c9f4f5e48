import { randomInt, timingSafeEqual } from 'node:crypto';
import type { Types } from 'mongoose';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import { hashSecretToken } from '../shared/secret-token.js';
import { TelegramCodeAttemptModel } from './telegram-code-attempt.model.js';
import { TelegramEmailCodeModel, type TelegramEmailCode } from './telegram-email-code.model.js';

export const EMAIL_CODE_LIFETIME_MS = 10 * 60_000;
export const EMAIL_CODE_ATTEMPTS = 5;

/** Keys codes by what was typed without storing it. */
export const emailCodeSubject = (inn: string, email: string) =>
  hashSecretToken(`telegram-code|${inn}|${email}`);

const hashCode = (codeId: Types.ObjectId, code: string) => hashSecretToken(`${String(codeId)}:${code}`);

export async function insertEmailCode(
  fields: Pick<TelegramEmailCode, 'subjectKey' | 'telegramUserId' | 'representativeId'>,
  now: Date,
): Promise<TelegramEmailCode> {
  const created = await TelegramEmailCodeModel.create({
    ...fields,
    expiresAt: new Date(now.getTime() + EMAIL_CODE_LIFETIME_MS),
  });
  return created.toObject<TelegramEmailCode>();
}

export function findEmailCode(codeId: Types.ObjectId | string): Promise<TelegramEmailCode | null> {
  return TelegramEmailCodeModel.findById(codeId).lean<TelegramEmailCode>();
}

export function findLatestEmailCode(
  subjectKey: string,
  telegramUserId: number,
): Promise<TelegramEmailCode | null> {
  return TelegramEmailCodeModel.findOne({ subjectKey, telegramUserId })
    .sort({ createdAt: -1, _id: -1 })
    .lean<TelegramEmailCode>();
}

/** Makes a fresh six-digit code for the e-mail and keeps only its hash; a later call replaces an unsent one. */
export async function assignEmailCode(codeId: Types.ObjectId): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await TelegramEmailCodeModel.updateOne({ _id: codeId }, { $set: { codeHash: hashCode(codeId, code) } });
  return code;
}

export function emailCodeMatches(stored: TelegramEmailCode, code: string): boolean {
  if (!stored.codeHash) return false;
  return timingSafeEqual(Buffer.from(hashCode(stored._id, code)), Buffer.from(stored.codeHash));
}

async function insertMark(id: string, now: Date): Promise<boolean> {
  try {
    await TelegramCodeAttemptModel.create({ _id: id, at: now });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/** Takes the next attempt at a code: its number (1…EMAIL_CODE_ATTEMPTS), or null when none is left. */
export async function claimEmailCodeAttempt(codeId: Types.ObjectId, now: Date): Promise<number | null> {
  for (let attempt = 1; attempt <= EMAIL_CODE_ATTEMPTS; attempt += 1) {
    if (await insertMark(`${String(codeId)}:${attempt}`, now)) return attempt;
  }
  return null;
}

/** Uses a code once: false when it was already used, by an earlier or a concurrent caller. */
export const markEmailCodeUsed = (codeId: Types.ObjectId, now: Date) =>
  insertMark(`${String(codeId)}:used`, now);

export async function isEmailCodeUsed(codeId: Types.ObjectId): Promise<boolean> {
  return (await TelegramCodeAttemptModel.exists({ _id: `${String(codeId)}:used` })) !== null;
}
