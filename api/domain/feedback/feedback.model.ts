import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

/** A remark or suggestion about the cabinet itself («Обратная связь», regulation §3.3). */
const feedbackSchema = new Schema(
  {
    representativeId: { type: Schema.Types.ObjectId, ref: 'Representative', required: true },
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    text: { type: String, required: true, trim: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);

// the staff list of feedback, latest first
feedbackSchema.index({ createdAt: -1 });

export type Feedback = Plain<InferSchemaType<typeof feedbackSchema>>;
export const FeedbackModel = model('Feedback', feedbackSchema);
