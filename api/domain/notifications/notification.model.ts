import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

/** `maintenance`: the SRO suspends the service (regulation §6.2); `reminder`: sent by a schedule. */
export const NOTIFICATION_KINDS = ['general', 'maintenance', 'reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A notification the SRO sends to one member, or to all members when `memberId` is null. */
const notificationSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', default: null },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true, default: 'general' },
    title: { type: String, required: true, trim: true },
    text: { type: String, required: true },
    /** The staff member who wrote it; null when the system did. */
    createdBy: { type: Schema.Types.ObjectId, ref: 'StaffUser', default: null },
  },
  { timestamps: true, versionKey: false },
);

// a member's feed: its own notifications and those to everyone (memberId null), latest first
notificationSchema.index({ memberId: 1, createdAt: -1 });

export type Notification = Plain<InferSchemaType<typeof notificationSchema>>;
export const NotificationModel = model('Notification', notificationSchema);
