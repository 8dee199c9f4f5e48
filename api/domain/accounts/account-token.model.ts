import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

export const ACCOUNT_TOKEN_PURPOSES = ['activation', 'password_reset'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * A one-time link sent by e-mail. `_id` is the SHA-256 of the token in the link; the token itself is only in the
 * e-mail. A token is spent by inserting its hash into `used_tokens` (see used-token.model.ts).
 */
const accountTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    purpose: { type: String, enum: ACCOUNT_TOKEN_PURPOSES, required: true },
    representativeId: { type: Schema.Types.ObjectId, ref: 'Representative', required: true },
    expiresAt: { type: Date, required: true },
    /** Set when a newer token of the same purpose was issued to the same person, or access was suspended. */
    supersededAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false, collection: 'account_tokens' },
);

// superseding a person's live tokens of one purpose when a new one is issued
accountTokenSchema.index({ representativeId: 1, purpose: 1, supersededAt: 1 });

export type AccountToken = Plain<InferSchemaType<typeof accountTokenSchema>, { _id: string }>;
export const AccountTokenModel = model('AccountToken', accountTokenSchema);
