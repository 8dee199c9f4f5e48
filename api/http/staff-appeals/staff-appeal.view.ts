import type { z } from 'zod';
import { APPEAL_CATEGORY_INFO } from '../../domain/appeals/appeal-category.js';
import type { Appeal } from '../../domain/appeals/appeal.model.js';
import { describeAppealDetails } from '../../domain/appeals/appeal-detail-labels.js';
import {
  APPEAL_STATUS_LABELS,
  nextAppealStatuses,
  SIGNATURE_STATUS_LABELS,
  signatureNeedsCheck,
} from '../../domain/appeals/appeal-status.js';
import type { AppealCard, MemberSummary, StaffName } from '../../domain/appeals/appeals-inbox.repository.js';
import type { InboxAppeal } from '../../domain/appeals/list-appeals-inbox.use-case.js';
import { isAppealOverdue } from '../../domain/appeals/appeal-status.js';
import type { Attachment } from '../../domain/shared/attachment.js';
import { MEMBER_STATUS_LABELS } from '../../domain/cabinet/labels.js';
import { iso } from '../shared/json.js';
import type { appealStateSchema, inboxAppealSchema, staffAppealSchema } from './staff-appeals.schema.js';

const fileUrl = (appealId: unknown, fileId: unknown) =>
  `/api/v1/staff/appeals/${String(appealId)}/files/${String(fileId)}`;

/** An attached file with the address it downloads from. */
export const staffFileView = (file: Attachment, url: string) => ({
  fileId: String(file.fileId),
  filename: file.filename,
  contentType: file.contentType,
  size: file.size,
  url,
});

export const staffRef = (staff: Pick<StaffName, '_id' | 'fullName'> | null | undefined) =>
  staff ? { id: String(staff._id), fullName: staff.fullName } : null;

export const memberRef = (member: Pick<MemberSummary, '_id' | 'shortName' | 'inn'> | null | undefined) =>
  member ? { id: String(member._id), shortName: member.shortName, inn: member.inn } : null;

export function inboxAppealView({
  appeal,
  member,
  expert,
  overdue,
}: InboxAppeal): z.input<typeof inboxAppealSchema> {
  const signatureStatus = appeal.signature?.status ?? 'missing';
  return {
    id: String(appeal._id),
    registrationNumber: appeal.registrationNumber,
    category: appeal.category,
    categoryTitle: APPEAL_CATEGORY_INFO[appeal.category].title,
    status: appeal.status,
    statusLabel: APPEAL_STATUS_LABELS[appeal.status],
    member: memberRef(member),
    expert: staffRef(expert),
    createdAt: iso(appeal.createdAt),
    dueAt: iso(appeal.dueAt),
    overdue,
    signatureStatus,
    signatureNeedsCheck: signatureNeedsCheck(signatureStatus),
  };
}

export function staffAppealView(card: AppealCard, now: Date): z.input<typeof staffAppealSchema> {
  const { appeal, member, staff } = card;
  const expert = staff.get(String(appeal.assignedExpertId));
  const row = inboxAppealView({
    appeal,
    member,
    expert: expert ?? null,
    overdue: isAppealOverdue(appeal, now),
  });
  const signature = appeal.signature;
  const status = signature?.status ?? 'missing';
  return {
    ...row,
    details: appeal.details as Record<string, unknown>,
    detailItems: describeAppealDetails(appeal.details as Record<string, unknown>),
    text: appeal.text,
    attachments: appeal.attachments.map((file) => staffFileView(file, fileUrl(appeal._id, file.fileId))),
    signature: {
      status,
      label: SIGNATURE_STATUS_LABELS[status],
      needsManualCheck: signatureNeedsCheck(status),
      signer: {
        fullName: signature?.signer?.fullName ?? null,
        inn: signature?.signer?.inn ?? null,
        ogrn: signature?.signer?.ogrn ?? null,
        title: signature?.signer?.title ?? null,
      },
      note: signature?.note ?? null,
      documentUrl: signature?.documentFileId ? fileUrl(appeal._id, signature.documentFileId) : null,
      signatureUrl: signature?.signatureFileId ? fileUrl(appeal._id, signature.signatureFileId) : null,
    },
    statusHistory: appeal.statusHistory.map((entry) => ({
      status: entry.status,
      statusLabel: APPEAL_STATUS_LABELS[entry.status],
      at: iso(entry.at),
      by: staffRef(staff.get(String(entry.byStaffId))),
      comment: entry.comment ?? null,
    })),
    nextStatuses: [...nextAppealStatuses(appeal.status)],
    memberCard: member && {
      id: String(member._id),
      shortName: member.shortName,
      fullName: member.fullName,
      inn: member.inn,
      ogrn: member.ogrn,
      registryNumber: member.registryNumber,
      status: member.status,
      statusLabel: MEMBER_STATUS_LABELS[member.status],
    },
    representative: card.representative && {
      id: String(card.representative._id),
      fullName: card.representative.fullName,
    },
    answerLetter: card.answerLetter && {
      id: String(card.answerLetter._id),
      registrationNumber: card.answerLetter.registrationNumber,
    },
  };
}

export const appealStateView = (appeal: Appeal): z.input<typeof appealStateSchema> => ({
  id: String(appeal._id),
  registrationNumber: appeal.registrationNumber,
  status: appeal.status,
  statusLabel: APPEAL_STATUS_LABELS[appeal.status],
  assignedExpertId: appeal.assignedExpertId ? String(appeal.assignedExpertId) : null,
  answerLetterId: appeal.answerLetterId ? String(appeal.answerLetterId) : null,
  historyLength: appeal.statusHistory.length,
});
