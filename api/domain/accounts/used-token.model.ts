import { Schema, model } from 'mongoose';

/**
 * Spent one-time tokens, by hash. Spending is a unique insert of the hash as `_id`: of concurrent attempts exactly one
 * succeeds, on MongoDB and on FerretDB alike, where a conditional update would let several win.
 */
const usedTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    usedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'used_tokens' },
);

export const UsedTokenModel = model('UsedToken', usedTokenSchema);
