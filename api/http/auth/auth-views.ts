import type { AccountHolder } from '../../domain/accounts/account-holder.repository.js';
import type { Representative } from '../../domain/representatives/representative.model.js';
import type { StaffUser } from '../../domain/staff/staff-user.model.js';

export const isoOrNull = (date: Date | null | undefined) => (date ? date.toISOString() : null);

export const memberView = (member: AccountHolder['member']) => ({
  id: String(member._id),
  shortName: member.shortName,
  inn: member.inn,
  status: member.status,
});

export const representativeView = (representative: Representative) => ({
  id: String(representative._id),
  fullName: representative.fullName,
  email: representative.email,
  phone: representative.phone ?? null,
  status: representative.status,
  authorityExpiresAt: isoOrNull(representative.authorityExpiresAt),
  acceptedRegulation: representative.acceptedRegulation && {
    version: representative.acceptedRegulation.version,
    acceptedAt: representative.acceptedRegulation.acceptedAt.toISOString(),
  },
});

export const staffView = (staff: StaffUser) => ({
  id: String(staff._id),
  fullName: staff.fullName,
  email: staff.email,
  role: staff.role,
});

export const accountView = ({ representative, member }: AccountHolder) => ({
  representative: representativeView(representative),
  member: memberView(member),
});
