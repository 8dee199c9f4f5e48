import {
  listLetters,
  type LetterFilter,
  type LetterOrder,
  type LetterWithExpert,
} from '../letters/letters.repository.js';
import type { Page, PageRequest } from '../shared/page.js';

/** The member's correspondence with the SRO in both directions, without the letters' texts. */
export function listMemberLetters(
  memberId: string,
  filter: Omit<LetterFilter, 'memberId'>,
  page: PageRequest,
  order: LetterOrder,
): Promise<Page<LetterWithExpert>> {
  return listLetters({ ...filter, memberId }, page, order);
}
