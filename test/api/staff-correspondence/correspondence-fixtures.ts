import type { Types } from 'mongoose';
import request from 'supertest';
import type { Express } from 'express';
import type { PasswordHasher } from '../../../api/domain/accounts/password-hasher.js';
import { AppealModel, type Appeal } from '../../../api/domain/appeals/appeal.model.js';
import {
  nextRegistrationNumber,
  REGISTRATION_PREFIXES,
} from '../../../api/domain/shared/registration-number.js';
import {
  createMember,
  createRepresentative,
  createStaff,
  representativeToken,
  staffToken,
} from '../../helpers/factories.js';

const DAY_MS = 86_400_000;
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS);

/** A member with an active representative and that representative's session. */
export async function memberWithRepresentative(
  hasher: PasswordHasher,
  overrides: Record<string, unknown> = {},
) {
  const member = await createMember(overrides);
  const representative = await createRepresentative(hasher, member._id);
  return { member, representative, token: await representativeToken(representative) };
}

export async function expertWithToken(hasher: PasswordHasher, overrides: Record<string, unknown> = {}) {
  const staff = await createStaff(hasher, 'expert', overrides);
  return { staff, token: await staffToken(staff) };
}

/** An appeal as filing leaves it (submitted, one history entry), created directly in the database. */
export async function appealFor(
  member: { _id: Types.ObjectId },
  representative: { _id: Types.ObjectId },
  overrides: Record<string, unknown> = {},
): Promise<Appeal> {
  const createdAt = (overrides.createdAt as Date | undefined) ?? new Date();
  const appeal = await AppealModel.create({
    memberId: member._id,
    representativeId: representative._id,
    registrationNumber: await nextRegistrationNumber(REGISTRATION_PREFIXES.appeal, 2026),
    category: 'other',
    details: {},
    text: 'Прошу разъяснить порядок уплаты взносов.',
    statusHistory: [{ status: 'submitted', at: createdAt, byStaffId: null, comment: null }],
    dueAt: daysFromNow(14),
    ...overrides,
  });
  return appeal.toObject<Appeal>();
}

/** Supertest calls with a bearer token. */
export function client(app: Express, token: string) {
  return {
    get: (path: string) => request(app).get(`/api/v1${path}`).auth(token, { type: 'bearer' }),
    post: (path: string) => request(app).post(`/api/v1${path}`).auth(token, { type: 'bearer' }),
  };
}

/** A small real PDF, which the upload check accepts by its content. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
