import { Schema, model, type InferSchemaType } from 'mongoose';
import { attachmentSchema } from '../shared/attachment.js';
import type { Plain } from '../shared/plain.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

/**
 * `annual_odo_notice`: the notice of the actual cumulative obligations under contracts concluded by competitive
 * procedures during the year; `activity`: the annual report on the member's activity.
 */
export const REPORT_KINDS = ['annual_odo_notice', 'activity'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ['expected', 'submitted', 'accepted', 'rejected'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

const reportSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    kind: { type: String, enum: REPORT_KINDS, required: true },
    /** The reporting year. */
    period: { type: Number, required: true, min: 2000, max: 2100 },
    dueAt: { type: Date, required: true },
    submittedAt: { type: Date, default: null },
    status: { type: String, enum: REPORT_STATUSES, required: true, default: 'expected' },
    files: { type: [attachmentSchema], default: [] },
    /** Why the SRO rejected it, or another remark of the expert. */
    comment: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);

// one report of a kind per member and year; the member's reports by year
reportSchema.index({ memberId: 1, kind: 1, period: -1 }, { unique: true });
// deadline reminders for reports still expected
reportSchema.index({ status: 1, dueAt: 1 });

export type Report = Plain<InferSchemaType<typeof reportSchema>>;
reportSchema.plugin(invalidatesReadCache, { scope: 'member' });
export const ReportModel = model('Report', reportSchema);
