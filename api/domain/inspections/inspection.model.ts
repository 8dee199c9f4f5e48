import { Schema, model, type InferSchemaType } from 'mongoose';
import { invalidatesReadCache } from '../../db/read-cache.js';
import type { Plain } from '../shared/plain.js';

export const INSPECTION_KINDS = ['planned', 'unplanned'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export const INSPECTION_STATUSES = ['scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

const violationSchema = new Schema(
  {
    description: { type: String, required: true, trim: true },
    fixedAt: { type: Date, default: null },
  },
  { _id: false },
);

/** An inspection (проверка) of a member by the SRO. */
const inspectionSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    kind: { type: String, enum: INSPECTION_KINDS, required: true },
    subject: { type: String, required: true, trim: true },
    periodFrom: { type: Date, required: true },
    periodTo: { type: Date, required: true },
    status: { type: String, enum: INSPECTION_STATUSES, required: true, default: 'scheduled' },
    result: { type: String, default: null },
    violations: { type: [violationSchema], default: [] },
    measures: { type: [String], default: [] },
    actNumber: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);

inspectionSchema.pre('validate', function () {
  if (this.periodTo < this.periodFrom)
    this.invalidate('periodTo', 'Проверка не может закончиться раньше, чем началась');
});

// a member's inspections, latest first
inspectionSchema.index({ memberId: 1, periodFrom: -1 });
// the staff plan: inspections in a status by date
inspectionSchema.index({ status: 1, periodFrom: 1 });

inspectionSchema.plugin(invalidatesReadCache, { scope: 'member' });

export type Inspection = Plain<InferSchemaType<typeof inspectionSchema>>;
export const InspectionModel = model('Inspection', inspectionSchema);
