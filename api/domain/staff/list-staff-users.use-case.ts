import type { Page, PageRequest } from '../shared/page.js';
import type { StaffUser } from './staff-user.model.js';
import { findStaffUserPage, type StaffUserFilter, type StaffUserSort } from './staff-users.repository.js';

export function listStaffUsers(
  filter: StaffUserFilter,
  sort: StaffUserSort,
  pageRequest: PageRequest,
): Promise<Page<StaffUser>> {
  return findStaffUserPage(filter, sort, pageRequest);
}
