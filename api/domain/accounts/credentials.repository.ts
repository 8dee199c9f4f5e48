import type { Types } from 'mongoose';
import { RepresentativeModel, type Representative } from '../representatives/representative.model.js';
import { StaffUserModel, type StaffUser } from '../staff/staff-user.model.js';

/** Stored password hashes, read only where a password is checked; never passed on to an answer. */
export type WithPasswordHash<T> = T & { passwordHash: string | null };

/** A member's representatives that sign-in may mean: the one with this e-mail, or all when none is given. */
export function findRepresentativeCredentials(
  memberId: Types.ObjectId,
  email: string | undefined,
): Promise<WithPasswordHash<Representative>[]> {
  return RepresentativeModel.find({ memberId, ...(email ? { email } : {}) })
    .select('+passwordHash')
    .limit(50)
    .lean<WithPasswordHash<Representative>[]>();
}

export async function findPasswordHash(representativeId: Types.ObjectId | string): Promise<string | null> {
  const stored = await RepresentativeModel.findById(representativeId)
    .select({ passwordHash: 1 })
    .lean<{ passwordHash?: string | null }>();
  return stored?.passwordHash ?? null;
}

export function findStaffCredentials(email: string): Promise<WithPasswordHash<StaffUser> | null> {
  return StaffUserModel.findOne({ email }).select('+passwordHash').lean<WithPasswordHash<StaffUser>>();
}

/** The object without its password hash, for everything after the check. */
export function withoutPasswordHash<T extends { passwordHash?: unknown }>(
  stored: T,
): Omit<T, 'passwordHash'> {
  const copy: Partial<T> = { ...stored };
  delete copy.passwordHash;
  return copy as Omit<T, 'passwordHash'>;
}
