import { Schema, model, type InferSchemaType } from 'mongoose';

/**
 * One registration number handed out, e.g. `ОБР-2026-000017` in the series `ОБР-2026`. A number is claimed by
 * inserting it: the unique indexes decide between concurrent claimants on MongoDB and on FerretDB alike, whereas an
 * `$inc` counter loses increments on FerretDB v1, which reads and writes a document in separate steps.
 */
const issuedNumberSchema = new Schema(
  {
    _id: { type: String, required: true },
    series: { type: String, required: true },
    seq: { type: Number, required: true, min: 1 },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);

// the last number of a series (the next claim starts after it); refuses a second claim of the same number
issuedNumberSchema.index({ series: 1, seq: -1 }, { unique: true });

export type IssuedNumber = InferSchemaType<typeof issuedNumberSchema>;
export const IssuedNumberModel = model('IssuedNumber', issuedNumberSchema, 'issued_numbers');
