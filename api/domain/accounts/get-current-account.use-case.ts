import type { Principal } from '../sessions/principal.js';
import { DomainError } from '../shared/domain-error.js';
import { StaffUserModel, type StaffUser } from '../staff/staff-user.model.js';
import { findAccountHolder, type AccountHolder } from './account-holder.repository.js';

export type CurrentAccount =
  ({ kind: 'representative' } & AccountHolder) | { kind: 'staff'; staff: StaffUser };

/** Who is signed in: the representative and their member, or the staff member. */
export async function getCurrentAccount(principal: Principal): Promise<CurrentAccount> {
  if (principal.kind === 'staff') {
    const staff = await StaffUserModel.findById(principal.staffId).lean<StaffUser>();
    if (!staff) throw new DomainError('unauthenticated', 'Учётная запись не найдена. Войдите снова.');
    return { kind: 'staff', staff };
  }
  const holder = await findAccountHolder(principal.representativeId);
  if (!holder) throw new DomainError('unauthenticated', 'Учётная запись не найдена. Войдите снова.');
  return { kind: 'representative', ...holder };
}
