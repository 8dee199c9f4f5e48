import type { z } from 'zod';
import { APPEAL_CATEGORY_INFO } from '../../domain/appeals/appeal-category.js';
import { APPEAL_STATUS_LABELS } from '../../domain/appeals/appeal-status.js';
import type { MemberAppeal } from '../../domain/appeals/member-appeal.js';
import { idOf, iso } from '../shared/json.js';
import type { memberAppealSchema, memberAppealSummarySchema } from './appeals.schema.js';

const idOrNull = (id: { toHexString(): string } | null | undefined) => (id ? id.toHexString() : null);

export function toMemberAppealSummary(appeal: MemberAppeal): z.infer<typeof memberAppealSummarySchema> {
  return {
    registrationNumber: appeal.registrationNumber,
    id: idOf(appeal._id),
    category: appeal.category,
    categoryTitle: APPEAL_CATEGORY_INFO[appeal.category].title,
    status: appeal.status,
    statusLabel: APPEAL_STATUS_LABELS[appeal.status],
    createdAt: iso(appeal.createdAt),
    dueAt: iso(appeal.dueAt),
    expertName: appeal.expertName,
    answerLetterId: idOrNull(appeal.answerLetterId),
  };
}

export function toMemberAppeal(appeal: MemberAppeal): z.infer<typeof memberAppealSchema> {
  const signature = appeal.signature;
  const signatureStatus = signature?.status ?? 'missing';
  return {
    ...toMemberAppealSummary(appeal),
    text: appeal.text,
    details: appeal.details,
    files: appeal.attachments.map((file) => ({
      fileId: idOf(file.fileId),
      filename: file.filename,
      contentType: file.contentType,
      size: file.size,
    })),
    signature: {
      status: signatureStatus,
      signer: {
        fullName: signature?.signer?.fullName ?? null,
        inn: signature?.signer?.inn ?? null,
        ogrn: signature?.signer?.ogrn ?? null,
        title: signature?.signer?.title ?? null,
      },
      note: signature?.note ?? null,
      documentFileId: idOrNull(signature?.documentFileId),
      signatureFileId: idOrNull(signature?.signatureFileId),
    },
    statusHistory: appeal.statusHistory.map((change) => ({
      status: change.status,
      statusLabel: APPEAL_STATUS_LABELS[change.status],
      at: iso(change.at),
      comment: change.comment ?? null,
    })),
  };
}
