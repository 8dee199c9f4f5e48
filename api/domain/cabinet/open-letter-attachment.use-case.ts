import { findLetterAttachments } from '../letters/letters.repository.js';
import { DomainError } from '../shared/domain-error.js';
import { openFile, type OpenedFile } from '../shared/file-storage.js';

/** A file attached to a letter of the member, with the name and type it was attached under. */
export async function openLetterAttachment(
  memberId: string,
  letterId: string,
  fileId: string,
): Promise<OpenedFile> {
  const attachments = await findLetterAttachments(letterId, memberId);
  const attachment = attachments?.find((candidate) => String(candidate.fileId) === fileId);
  const file = attachment ? await openFile(attachment.fileId) : null;
  if (!attachment || !file) throw new DomainError('not_found', 'Файл не найден.');
  return { ...file, filename: attachment.filename, contentType: attachment.contentType };
}
