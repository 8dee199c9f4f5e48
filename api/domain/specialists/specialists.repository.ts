import type { Types } from 'mongoose';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { SpecialistModel, type Specialist } from './specialist.model.js';

/** A member's specialists in НРС, by name. */
export function listSpecialists(
  memberId: Types.ObjectId | string,
  page: PageRequest,
): Promise<Page<Specialist>> {
  return findPage(SpecialistModel, { filter: { memberId }, sort: { fullName: 1, _id: 1 } }, page);
}
