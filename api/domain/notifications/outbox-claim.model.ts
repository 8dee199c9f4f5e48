import { Schema, model } from 'mongoose';

/**
 * The jobs' record of who took which attempt at an outbox message. `_id` is `<messageId>:<attempt>`, so taking an
 * attempt is a unique insert and exactly one worker wins it, on MongoDB and on FerretDB alike. Only the `_id` index is
 * needed, so the collection needs no set-up.
 */
const outboxClaimSchema = new Schema(
  {
    _id: { type: String, required: true },
    messageId: { type: Schema.Types.ObjectId, required: true },
    attempt: { type: Number, required: true },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'outbox_claims' },
);

export const OutboxClaimModel = model('OutboxClaim', outboxClaimSchema);
