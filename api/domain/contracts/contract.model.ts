import { Schema, model, type InferSchemaType } from 'mongoose';
import { isValidInn } from '../members/tax-ids.js';
import type { Plain } from '../shared/plain.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

/** How the contract was concluded: under 44-FZ, 223-FZ, Government Decree 615 (major repair), or otherwise. */
export const PROCUREMENT_KINDS = ['44-FZ', '223-FZ', '615-PP', 'other'] as const;
export type ProcurementKind = (typeof PROCUREMENT_KINDS)[number];
export const CONTRACT_STATUSES = ['in_force', 'completed', 'terminated'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** A contract in the ОДО journal: concluded through a competitive procedure; counts against the КФ ОДО cap. */
const contractSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    number: { type: String, required: true, trim: true },
    date: { type: Date, required: true },
    customer: {
      name: { type: String, required: true, trim: true },
      inn: {
        type: String,
        default: null,
        validate: {
          validator: (inn: string | null) => inn === null || isValidInn(inn),
          message: 'Неверный ИНН заказчика',
        },
      },
    },
    subject: { type: String, required: true, trim: true },
    procurement: { type: String, enum: PROCUREMENT_KINDS, required: true },
    price: { type: Number, required: true, min: 0 },
    status: { type: String, enum: CONTRACT_STATUSES, required: true, default: 'in_force' },
    completedAt: { type: Date, default: null },
    actualCompletedAmount: { type: Number, min: 0, default: null },
  },
  { timestamps: true, versionKey: false },
);

// current obligations: the member's contracts in force
contractSchema.index({ memberId: 1, status: 1 });
// the member's journal, latest first
contractSchema.index({ memberId: 1, date: -1 });

export type Contract = Plain<InferSchemaType<typeof contractSchema>>;
contractSchema.plugin(invalidatesReadCache, { scope: 'member' });
export const ContractModel = model('Contract', contractSchema);
