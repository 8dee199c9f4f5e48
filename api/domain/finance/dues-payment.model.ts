import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

/** A payment of membership dues by a member, in rubles. */
const duesPaymentSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    amount: { type: Number, required: true, min: 0 },
    paidAt: { type: Date, required: true },
    /** The payment document, e.g. «п/п № 456 от 01.02.2026». */
    document: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);

// a member's payments, latest first
duesPaymentSchema.index({ memberId: 1, paidAt: -1 });

export type DuesPayment = Plain<InferSchemaType<typeof duesPaymentSchema>>;
duesPaymentSchema.plugin(invalidatesReadCache, { scope: 'member' });
export const DuesPaymentModel = model('DuesPayment', duesPaymentSchema);
