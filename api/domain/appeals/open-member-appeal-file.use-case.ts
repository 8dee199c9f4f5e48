import { DomainError } from '../shared/domain-error.js';
import { openFile, type OpenedFile } from '../shared/file-storage.js';
import { findMemberAppeal } from './appeals.repository.js';
import { appealFileIds } from './member-appeal.js';

const FILE_NOT_FOUND = 'Файл не найден.';

/** A file of one of the member's appeals, to download; any other file is as absent as a missing one. */
export async function openMemberAppealFile(
  memberId: string,
  appealId: string,
  fileId: string,
): Promise<OpenedFile> {
  const appeal = await findMemberAppeal(memberId, appealId);
  if (!appeal || !appealFileIds(appeal).includes(fileId.toLowerCase())) {
    throw new DomainError('not_found', FILE_NOT_FOUND);
  }
  const file = await openFile(fileId);
  if (!file) throw new DomainError('not_found', FILE_NOT_FOUND);
  return file;
}
