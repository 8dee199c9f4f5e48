import type { Page, PageRequest } from '../shared/page.js';
import { findMemberAppealsPage, type MemberAppealsFilter } from './appeals.repository.js';
import { withExpertNames, type MemberAppeal } from './member-appeal.js';

/** The member's appeals journal (regulation §3.1), latest first, with the experts who handle them. */
export async function listMemberAppeals(
  memberId: string,
  filter: MemberAppealsFilter,
  page: PageRequest,
): Promise<Page<MemberAppeal>> {
  const found = await findMemberAppealsPage(memberId, filter, page);
  return { ...found, items: await withExpertNames(found.items) };
}
