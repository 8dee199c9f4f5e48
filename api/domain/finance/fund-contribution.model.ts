import { Schema, model, type InferSchemaType } from 'mongoose';
import { FUNDS } from '../levels/fund.js';
import type { Plain } from '../shared/plain.js';

/** A payment of a member into a compensation fund (КФ ВВ or КФ ОДО), in rubles. */
const fundContributionSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    fund: { type: String, enum: FUNDS, required: true },
    amount: { type: Number, required: true, min: 0 },
    paidAt: { type: Date, required: true },
    purpose: { type: String, default: null },
    /** The payment document, e.g. «п/п № 123 от 15.01.2026». */
    document: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);

// a member's contributions, latest first (totals per fund are summed from the same rows)
fundContributionSchema.index({ memberId: 1, paidAt: -1 });

export type FundContribution = Plain<InferSchemaType<typeof fundContributionSchema>>;
export const FundContributionModel = model('FundContribution', fundContributionSchema);
