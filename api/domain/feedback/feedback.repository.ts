import { Types } from 'mongoose';
import { FeedbackModel } from './feedback.model.js';

export async function insertFeedback(feedback: { memberId: string; representativeId: string; text: string }) {
  const created = await FeedbackModel.create({
    memberId: new Types.ObjectId(feedback.memberId),
    representativeId: new Types.ObjectId(feedback.representativeId),
    text: feedback.text,
  });
  return { _id: created._id, createdAt: created.createdAt };
}
