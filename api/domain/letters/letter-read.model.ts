import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

/**
 * The first opening of a letter by its recipient, kept as the record of receipt. `_id` is the letter's id: the unique
 * insert decides who opened it first, atomically on MongoDB and FerretDB alike (a conditional update of the letter is
 * not atomic on FerretDB v1, so two simultaneous openings could both count as the first).
 */
const letterReadSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, ref: 'Letter', required: true },
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    reader: {
      kind: { type: String, enum: ['representative', 'staff'], required: true },
      id: { type: Schema.Types.ObjectId, required: true },
    },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

export type LetterRead = Plain<InferSchemaType<typeof letterReadSchema>>;
letterReadSchema.plugin(invalidatesReadCache, { scope: 'member' });
export const LetterReadModel = model('LetterRead', letterReadSchema, 'letter_reads');
