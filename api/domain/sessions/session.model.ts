import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

/**
 * A signed-in browser or API client. `_id` is the SHA-256 of the bearer/cookie token, so a stolen database does not
 * yield usable tokens; the token itself is shown once, at sign-in.
 */
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: ['representative', 'staff'], required: true },
    representativeId: { type: Schema.Types.ObjectId, ref: 'Representative', default: null },
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', default: null },
    staffId: { type: Schema.Types.ObjectId, ref: 'StaffUser', default: null },
    /** The Telegram user whose link opened this session (the bot's session); ends with that link. */
    telegramUserId: { type: Number, default: null },
    expiresAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
    revokeReason: { type: String, default: null },
    ip: { type: String, default: null },
    userAgent: { type: String, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);

// a representative's own sessions (list, end all others on password change)
sessionSchema.index({ representativeId: 1, revokedAt: 1 });
// a staff member's sessions (end on deactivation)
sessionSchema.index({ staffId: 1, revokedAt: 1 });

export type Session = Plain<InferSchemaType<typeof sessionSchema>, { _id: string }>;
sessionSchema.plugin(invalidatesReadCache, {
  scope: 'shared',
  ignoreInserts: true,
  ignoredFields: ['lastSeenAt'],
});
export const SessionModel = model('Session', sessionSchema);
