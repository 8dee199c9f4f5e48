import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

/** A month (`2026-01`) or a quarter (`2026-Q1`). */
export const DUES_PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

/** Membership dues charged to a member for a period, in rubles. */
const duesAccrualSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    period: {
      type: String,
      required: true,
      match: [DUES_PERIOD, 'Период — месяц (2026-01) или квартал (2026-Q1)'],
    },
    amount: { type: Number, required: true, min: 0 },
    dueDate: { type: Date, required: true },
  },
  { timestamps: true, versionKey: false },
);

// a member's accruals, latest first; the debt is computed from them and the payments
duesAccrualSchema.index({ memberId: 1, dueDate: -1 });

export type DuesAccrual = Plain<InferSchemaType<typeof duesAccrualSchema>>;
duesAccrualSchema.plugin(invalidatesReadCache, { scope: 'member' });
export const DuesAccrualModel = model('DuesAccrual', duesAccrualSchema);
