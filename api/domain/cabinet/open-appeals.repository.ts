import type { Types } from 'mongoose';
import { AppealModel } from '../appeals/appeal.model.js';
import { CLOSED_APPEAL_STATUSES } from '../appeals/appeal-status.js';

/** How many of a member's appeals still wait for an answer. */
export function countOpenAppeals(memberId: Types.ObjectId | string): Promise<number> {
  return AppealModel.countDocuments({ memberId, status: { $nin: CLOSED_APPEAL_STATUSES } });
}
