import type { Types } from 'mongoose';
import { RepresentativeModel } from '../representatives/representative.model.js';
import { revokeSessions } from '../sessions/sessions.repository.js';

/** Ends every session of every representative of the member; returns how many were ended. */
export async function revokeMemberSessions(
  memberId: Types.ObjectId | string,
  reason: string,
): Promise<number> {
  const representatives = await RepresentativeModel.find({ memberId })
    .select({ _id: 1 })
    .lean<{ _id: Types.ObjectId }[]>();
  let revoked = 0;
  for (const { _id } of representatives) revoked += await revokeSessions({ representativeId: _id }, reason);
  return revoked;
}
