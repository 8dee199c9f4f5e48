import type { Types } from 'mongoose';
import { MemberModel, type Member } from './member.model.js';

type Id = Types.ObjectId | string;

/** What a member's overview needs: its standing, right to work and responsibility levels. */
export type MemberStanding = Pick<
  Member,
  '_id' | 'shortName' | 'registryNumber' | 'status' | 'statusSince' | 'workRight' | 'levels'
>;

/** The whole registry card of a member. */
export function findMemberCard(memberId: Id): Promise<Member | null> {
  return MemberModel.findById(memberId).lean<Member>();
}

export function findMemberStanding(memberId: Id): Promise<MemberStanding | null> {
  return MemberModel.findById(memberId)
    .select({ shortName: 1, registryNumber: 1, status: 1, statusSince: 1, workRight: 1, levels: 1 })
    .lean<MemberStanding>();
}
