import { Types } from 'mongoose';
import { MemberModel } from '../members/member.model.js';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import type { Attachment } from '../shared/attachment.js';
import type { AppealCategory } from './appeal-category.js';
import type { AppealDetails } from './appeal-details.schema.js';
import { AppealModel, type Appeal, type AppealStatus, type SignatureStatus } from './appeal.model.js';
import type { SigningMember } from './signature/signer-authority.js';

/** What filing writes; ids may be strings, which mongoose casts. */
export type NewAppeal = AppealDetails & {
  memberId: string;
  representativeId: string;
  registrationNumber: string;
  text: string;
  attachments: Attachment[];
  signature: {
    status: SignatureStatus;
    documentFileId: Types.ObjectId | null;
    signatureFileId: Types.ObjectId | null;
    signer: Partial<Record<'fullName' | 'inn' | 'ogrn' | 'title', string | null>>;
    note: string | null;
  };
  status: AppealStatus;
  statusHistory: { status: AppealStatus; at: Date; byStaffId: null; comment: string | null }[];
  dueAt: Date;
  idempotencyKey?: string;
};

export interface MemberAppealsFilter {
  status?: AppealStatus;
  category?: AppealCategory;
}

const asObjectId = (id: Types.ObjectId | string) => new Types.ObjectId(String(id));

/** Inserts an appeal; a second one with the same (representativeId, idempotencyKey) fails with a duplicate key. */
export async function insertAppeal(appeal: NewAppeal): Promise<Appeal> {
  return (await AppealModel.create(appeal)).toObject<Appeal>();
}

export function findAppealByIdempotencyKey(representativeId: string, idempotencyKey: string) {
  return AppealModel.findOne({
    representativeId: asObjectId(representativeId),
    idempotencyKey,
  }).lean<Appeal>();
}

/** The member's own appeal; another member's is as absent as a missing one. */
export function findMemberAppeal(memberId: string, appealId: string) {
  return AppealModel.findOne({ _id: asObjectId(appealId), memberId: asObjectId(memberId) }).lean<Appeal>();
}

/** A page of the member's journal, latest first. */
export async function findMemberAppealsPage(
  memberId: string,
  filter: MemberAppealsFilter,
  page: PageRequest,
): Promise<Page<Appeal>> {
  const found = await findPage(
    AppealModel,
    {
      filter: {
        memberId: asObjectId(memberId),
        ...(filter.status && { status: filter.status }),
        ...(filter.category && { category: filter.category }),
      },
      sort: { createdAt: -1, _id: -1 },
      select: { text: 0, details: 0, attachments: 0, statusHistory: 0, signature: 0 },
    },
    page,
  );
  return found as Page<Appeal>;
}

/** The member as a signature is checked against: INN, OGRN, head, and the name of an entrepreneur. */
export function findSigningMember(memberId: string) {
  return MemberModel.findById(asObjectId(memberId))
    .select({ kind: 1, inn: 1, ogrn: 1, fullName: 1, head: 1 })
    .lean<SigningMember>();
}
