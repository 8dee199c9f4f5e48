import type { Types } from 'mongoose';
import { hashSecretToken, newSecretToken } from '../shared/secret-token.js';
import { SessionModel, type Session } from './session.model.js';

export const REPRESENTATIVE_SESSION_TTL_MS = 14 * 24 * 3600 * 1000;
export const STAFF_SESSION_TTL_MS = 12 * 3600 * 1000;
/** The bot keeps the session for the person; unlinking or a password change ends it sooner. */
export const TELEGRAM_SESSION_TTL_MS = 90 * 24 * 3600 * 1000;
/** How stale `lastSeenAt` may get: it is written at most once a minute per session. */
export const LAST_SEEN_GRANULARITY_MS = 60_000;

export type SessionSubject =
  | {
      kind: 'representative';
      representativeId: Types.ObjectId;
      memberId: Types.ObjectId;
      /** Set for a session opened by linking Telegram. */
      telegramUserId?: number;
    }
  | { kind: 'staff'; staffId: Types.ObjectId };

export interface SessionClient {
  ip?: string | null;
  userAgent?: string | null;
}

/** Opens a session and returns its token, which is not stored anywhere. */
export async function openSession(subject: SessionSubject, client: SessionClient, now = new Date()) {
  const token = newSecretToken();
  const ttl =
    subject.kind === 'staff'
      ? STAFF_SESSION_TTL_MS
      : subject.telegramUserId
        ? TELEGRAM_SESSION_TTL_MS
        : REPRESENTATIVE_SESSION_TTL_MS;
  const session = await SessionModel.create({
    _id: hashSecretToken(token),
    ...subject,
    expiresAt: new Date(now.getTime() + ttl),
    lastSeenAt: now,
    ip: client.ip ?? null,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, sessionId: session._id, expiresAt: session.expiresAt };
}

/** The live session a token belongs to, or null when unknown, expired or ended. */
export async function findLiveSession(token: string, now = new Date()): Promise<Session | null> {
  const session = await SessionModel.findOne({
    _id: hashSecretToken(token),
    revokedAt: null,
    expiresAt: { $gt: now },
  }).lean<Session>();
  if (session && now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) {
    await SessionModel.updateOne({ _id: session._id }, { $set: { lastSeenAt: now } });
    return { ...session, lastSeenAt: now };
  }
  return session;
}

/** A session in any state (live, expired or ended), to tell why it no longer works. */
export async function findSessionByToken(token: string): Promise<Session | null> {
  return SessionModel.findById(hashSecretToken(token)).lean<Session>();
}

export async function listLiveSessions(
  representativeId: Types.ObjectId,
  now = new Date(),
): Promise<Session[]> {
  return SessionModel.find({ representativeId, revokedAt: null, expiresAt: { $gt: now } })
    .sort({ lastSeenAt: -1 })
    .lean<Session[]>();
}

/** Ends sessions matching `filter` (all of a person's, or all but the current one). */
export async function revokeSessions(
  filter: {
    representativeId?: Types.ObjectId;
    staffId?: Types.ObjectId;
    telegramUserId?: number;
    _id?: string | { $ne: string };
  },
  reason: string,
  now = new Date(),
): Promise<number> {
  const result = await SessionModel.updateMany(
    { ...filter, revokedAt: null },
    { $set: { revokedAt: now, revokeReason: reason } },
  );
  return result.modifiedCount;
}
