import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

/** Civil liability insurance, insurance of the risk of non-performance of contracts, or another kind. */
export const INSURANCE_KINDS = ['civil_liability', 'contract_risk', 'other'] as const;
export type InsuranceKind = (typeof INSURANCE_KINDS)[number];

const insuranceContractSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    insurer: { type: String, required: true, trim: true },
    policyNumber: { type: String, required: true, trim: true },
    kind: { type: String, enum: INSURANCE_KINDS, required: true },
    sumInsured: { type: Number, required: true, min: 0 },
    validFrom: { type: Date, required: true },
    validTo: { type: Date, required: true },
  },
  { timestamps: true, versionKey: false },
);

insuranceContractSchema.pre('validate', function () {
  if (this.validTo < this.validFrom)
    this.invalidate('validTo', 'Срок действия договора не может закончиться раньше начала');
});

// a member's policies, the latest expiry first
insuranceContractSchema.index({ memberId: 1, validTo: -1 });
// reminders about policies expiring soon, across members
insuranceContractSchema.index({ validTo: 1 });

export type InsuranceContract = Plain<InferSchemaType<typeof insuranceContractSchema>>;
insuranceContractSchema.plugin(invalidatesReadCache, { scope: 'member' });
export const InsuranceContractModel = model('InsuranceContract', insuranceContractSchema);
