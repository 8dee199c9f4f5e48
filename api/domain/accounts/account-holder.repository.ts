import type { Types } from 'mongoose';
import { MemberModel, type Member } from '../members/member.model.js';
import { RepresentativeModel, type Representative } from '../representatives/representative.model.js';

/** A representative and the member they act for, as the account flows need them (no password hash). */
export interface AccountHolder {
  representative: Representative;
  member: Pick<Member, '_id' | 'shortName' | 'inn' | 'status'>;
}

const MEMBER_FIELDS = { shortName: 1, inn: 1, status: 1 } as const;

async function withMember(representative: Representative | null): Promise<AccountHolder | null> {
  if (!representative) return null;
  const member = await MemberModel.findById(representative.memberId)
    .select(MEMBER_FIELDS)
    .lean<AccountHolder['member']>();
  return member && { representative, member };
}

export async function findAccountHolder(
  representativeId: Types.ObjectId | string,
): Promise<AccountHolder | null> {
  return withMember(await RepresentativeModel.findById(representativeId).lean<Representative>());
}

/** The representative a member's INN and a person's e-mail name together, or null. */
export async function findAccountHolderByInn(inn: string, email: string): Promise<AccountHolder | null> {
  const member = await MemberModel.findOne({ inn }).select(MEMBER_FIELDS).lean<AccountHolder['member']>();
  const representative =
    member && (await RepresentativeModel.findOne({ memberId: member._id, email }).lean<Representative>());
  return member && representative ? { representative, member } : null;
}
