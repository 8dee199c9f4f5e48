import type { Page, PageRequest } from '../shared/page.js';
import type { Specialist } from '../specialists/specialist.model.js';
import { listSpecialists } from '../specialists/specialists.repository.js';

/** The member's specialists in the national register of specialists (НРС), by name. */
export function listMemberSpecialists(memberId: string, page: PageRequest): Promise<Page<Specialist>> {
  return listSpecialists(memberId, page);
}
