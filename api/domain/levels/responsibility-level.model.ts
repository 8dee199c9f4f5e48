import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';
import { FUNDS, MAX_LEVEL, MIN_LEVEL } from './fund.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

/**
 * The reference table of responsibility levels (Town-Planning Code art. 55.16), maintained by staff. A КФ ВВ level
 * caps the price of one contract (`maxContractPrice`), a КФ ОДО level the sum of contracts in force
 * (`maxTotalObligations`); null means no cap, and the other fund's field is absent. Amounts are rubles.
 */
const responsibilityLevelSchema = new Schema(
  {
    fund: { type: String, enum: FUNDS, required: true },
    level: { type: Number, required: true, min: 0, max: MAX_LEVEL },
    title: { type: String, required: true, trim: true },
    maxContractPrice: { type: Number, min: 0 },
    maxTotalObligations: { type: Number, min: 0 },
    contribution: { type: Number, required: true, min: 0 },
    needsReview: { type: Boolean, required: true, default: false },
  },
  { timestamps: true, versionKey: false },
);

responsibilityLevelSchema.pre('validate', function () {
  const fund = this.fund;
  const [cap, other] =
    fund === 'vv'
      ? (['maxContractPrice', 'maxTotalObligations'] as const)
      : (['maxTotalObligations', 'maxContractPrice'] as const);
  if (this.level < MIN_LEVEL[fund])
    this.invalidate('level', `Уровни ответственности этого фонда — от ${MIN_LEVEL[fund]} до ${MAX_LEVEL}`);
  if (this[cap] === undefined)
    this.invalidate(cap, 'Укажите предельный размер обязательств или null — без ограничения');
  if (this[other] !== undefined && this[other] !== null)
    this.invalidate(other, 'Это поле относится к другому фонду');
});

// the level of a member in a fund; one row per fund and level
responsibilityLevelSchema.index({ fund: 1, level: 1 }, { unique: true });

export type ResponsibilityLevel = Plain<InferSchemaType<typeof responsibilityLevelSchema>>;
responsibilityLevelSchema.plugin(invalidatesReadCache, { scope: 'shared' });
export const ResponsibilityLevelModel = model('ResponsibilityLevel', responsibilityLevelSchema);
