import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

/**
 * An edition of the regulation «Личный кабинет члена СРО». The current one is the latest already in effect, so a new
 * edition can be published before its date (§2.2) and no flag has to be moved between documents.
 */
const regulationVersionSchema = new Schema(
  {
    /** E.g. «СС-СРО-ОД-06-2020-01». */
    version: { type: String, required: true, trim: true },
    title: { type: String, required: true, trim: true },
    text: { type: String, default: null },
    url: { type: String, default: null },
    effectiveFrom: { type: Date, required: true },
  },
  { timestamps: true, versionKey: false },
);

regulationVersionSchema.pre('validate', function () {
  if (!this.text && !this.url) this.invalidate('text', 'Укажите текст регламента или ссылку на него');
});

// one document per edition
regulationVersionSchema.index({ version: 1 }, { unique: true });
// the current edition: the latest in effect
regulationVersionSchema.index({ effectiveFrom: -1 });

export type RegulationVersion = Plain<InferSchemaType<typeof regulationVersionSchema>>;
export const RegulationVersionModel = model('RegulationVersion', regulationVersionSchema);
