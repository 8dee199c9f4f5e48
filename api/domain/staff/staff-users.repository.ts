import type { Types } from 'mongoose';
import { withoutPasswordHash } from '../accounts/credentials.repository.js';
import { guardWrite, saveChanges } from '../registry/document-changes.js';
import { containing } from '../registry/text-search.js';
import { DomainError } from '../shared/domain-error.js';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { StaffUserModel, type StaffRole, type StaffUser } from './staff-user.model.js';

type Id = Types.ObjectId | string;

export interface StaffUserFilter {
  role?: StaffRole;
  active?: boolean;
  /** A part of the name or the e-mail. */
  q?: string;
}

export interface StaffUserSort {
  field: 'fullName' | 'email' | 'createdAt';
  order: 'asc' | 'desc';
}

export const STAFF_EMAIL_TAKEN = 'Сотрудник с таким адресом электронной почты уже есть.';

export const staffUserNotFound = () => new DomainError('not_found', 'Сотрудник не найден.');

function staffQuery({ role, active, q }: StaffUserFilter) {
  const part = q ? containing(q) : null;
  return {
    ...(role ? { role } : {}),
    ...(active === undefined ? {} : { active }),
    ...(part ? { $or: [{ fullName: part }, { email: part }] } : {}),
  };
}

export function findStaffUserPage(
  filter: StaffUserFilter,
  sort: StaffUserSort,
  pageRequest: PageRequest,
): Promise<Page<StaffUser>> {
  const direction = sort.order === 'asc' ? 1 : -1;
  return findPage(
    StaffUserModel,
    { filter: staffQuery(filter), sort: { [sort.field]: direction, _id: direction } },
    pageRequest,
  );
}

/** A staff account; the password hash is not read (the schema leaves it out). */
export function findStaffUserById(id: Id): Promise<StaffUser | null> {
  return StaffUserModel.findById(id).lean<StaffUser>();
}

/** A new staff account; the answer leaves the password hash out. */
export function insertStaffUser(data: {
  email: string;
  fullName: string;
  role: StaffRole;
  passwordHash: string;
}): Promise<StaffUser> {
  return guardWrite(
    async () => withoutPasswordHash((await StaffUserModel.create(data)).toObject()) as StaffUser,
    STAFF_EMAIL_TAKEN,
  );
}

/** Changes a staff account; null when there is no such account. */
export async function applyStaffUserChanges(
  id: Id,
  patch: Record<string, unknown>,
): Promise<{ staffUser: StaffUser; fields: string[] } | null> {
  const document = await StaffUserModel.findById(id);
  if (!document) return null;
  const fields = await guardWrite(() => saveChanges(document, patch), STAFF_EMAIL_TAKEN);
  return { staffUser: document.toObject() as StaffUser, fields };
}
