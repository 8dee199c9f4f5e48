import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

/** A specialist of the member included in the national register of specialists (НРС). */
const specialistSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    fullName: { type: String, required: true, trim: true },
    /** The identification number in НРС, e.g. «С-77-123456». */
    nrsNumber: { type: String, required: true, trim: true },
    position: { type: String, default: null },
    /** When the specialist was included in НРС. */
    includedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);

// the member's specialists; one entry per member and НРС number
specialistSchema.index({ memberId: 1, nrsNumber: 1 }, { unique: true });

export type Specialist = Plain<InferSchemaType<typeof specialistSchema>>;
export const SpecialistModel = model('Specialist', specialistSchema);
