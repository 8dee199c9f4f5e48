import { Schema, model, type InferSchemaType } from 'mongoose';
import { attachmentSchema } from '../shared/attachment.js';
import type { Plain } from '../shared/plain.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

/** Seen from the member: `incoming` comes from the SRO, `outgoing` is sent by the member. */
export const LETTER_DIRECTIONS = ['incoming', 'outgoing'] as const;
export type LetterDirection = (typeof LETTER_DIRECTIONS)[number];
export const LETTER_STATUSES = ['sent', 'registered', 'read', 'answered'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** An SRO letter is sent, then read by the member; a member's letter is registered, read by an expert, answered. */
export const LETTER_STATUSES_BY_DIRECTION: Record<LetterDirection, readonly LetterStatus[]> = {
  incoming: ['sent', 'read'],
  outgoing: ['registered', 'read', 'answered'],
};

export const DELIVERY_CHANNELS = ['telegram', 'email'] as const;

const deliverySchema = new Schema(
  {
    channel: { type: String, enum: DELIVERY_CHANNELS, required: true },
    representativeId: { type: Schema.Types.ObjectId, ref: 'Representative', required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const letterSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    direction: { type: String, enum: LETTER_DIRECTIONS, required: true },
    registrationNumber: { type: String, required: true },
    status: { type: String, enum: LETTER_STATUSES, required: true },
    subject: { type: String, required: true, trim: true },
    text: { type: String, default: '' },
    /** The SRO expert who wrote or handles the letter. */
    expertId: { type: Schema.Types.ObjectId, ref: 'StaffUser', default: null },
    /** The representative who sent an outgoing letter. */
    representativeId: { type: Schema.Types.ObjectId, ref: 'Representative', default: null },
    appealId: { type: Schema.Types.ObjectId, ref: 'Appeal', default: null },
    attachments: { type: [attachmentSchema], default: [] },
    /** When the recipient first opened it; null is the unread marker. */
    readAt: { type: Date, default: null },
    /** Where a push or an e-mail about the letter went. */
    deliveries: { type: [deliverySchema], default: [] },
  },
  { timestamps: true, versionKey: false },
);

letterSchema.pre('validate', function () {
  const allowed = LETTER_STATUSES_BY_DIRECTION[this.direction] ?? [];
  if (!allowed.includes(this.status)) {
    this.invalidate('status', `Недопустимый статус письма для этого направления: ${this.status}`);
  }
});

// the letter by its registration number; one letter per number
letterSchema.index({ registrationNumber: 1 }, { unique: true });
// a member's correspondence, latest first
letterSchema.index({ memberId: 1, createdAt: -1 });
// a member's unread letters from the SRO (direction incoming, readAt null) and their count
letterSchema.index({ memberId: 1, direction: 1, readAt: 1 });
// the staff inbox: members' letters in a status, latest first
letterSchema.index({ direction: 1, status: 1, createdAt: -1 });

export type Letter = Plain<InferSchemaType<typeof letterSchema>>;
letterSchema.plugin(invalidatesReadCache, { scope: 'member', ignoredFields: ['deliveries'] });
export const LetterModel = model('Letter', letterSchema);
