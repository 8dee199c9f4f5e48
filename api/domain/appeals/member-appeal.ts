import type { Appeal } from './appeal.model.js';
import { staffNamesByIds } from './appeals-inbox.repository.js';

/** An appeal as its member sees it: with the name of the SRO expert who handles it. */
export type MemberAppeal = Appeal & { expertName: string | null };

export async function withExpertNames<T extends Appeal>(
  appeals: T[],
): Promise<(T & { expertName: string | null })[]> {
  const names = await staffNamesByIds(appeals.map((appeal) => appeal.assignedExpertId));
  return appeals.map((appeal) => ({
    ...appeal,
    expertName: names.get(String(appeal.assignedExpertId))?.fullName ?? null,
  }));
}

/** Every file of an appeal a member may download: attachments, the signed document and its signature. */
export function appealFileIds(appeal: Pick<Appeal, 'attachments' | 'signature'>): string[] {
  const signed = [appeal.signature?.documentFileId, appeal.signature?.signatureFileId];
  return [...appeal.attachments.map((file) => file.fileId), ...signed].filter((id) => id != null).map(String);
}
