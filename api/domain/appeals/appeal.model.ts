import { randomUUID } from 'node:crypto';
import { Schema, model, type InferSchemaType } from 'mongoose';
import { attachmentSchema } from '../shared/attachment.js';
import type { Plain } from '../shared/plain.js';
import { APPEAL_CATEGORIES } from './appeal-category.js';
import { appealDetailsSchema, type AppealDetails } from './appeal-details.schema.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

/** submitted → registered → in_progress (an expert assigned) → answered | rejected. */
export const APPEAL_STATUSES = ['submitted', 'registered', 'in_progress', 'answered', 'rejected'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
/** `unverifiable`: the signature could not be checked automatically and waits for an expert. */
export const SIGNATURE_STATUSES = ['verified', 'unverifiable', 'invalid', 'missing'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

const statusChangeSchema = new Schema(
  {
    status: { type: String, enum: APPEAL_STATUSES, required: true },
    at: { type: Date, required: true },
    byStaffId: { type: Schema.Types.ObjectId, ref: 'StaffUser', default: null },
    comment: { type: String, default: null },
  },
  { _id: false },
);

/** An appeal (обращение) of a member to the SRO; the answer arrives as an incoming letter linked to it. */
const appealSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    representativeId: { type: Schema.Types.ObjectId, ref: 'Representative', required: true },
    registrationNumber: { type: String, required: true },
    category: { type: String, enum: APPEAL_CATEGORIES, required: true },
    /** Checked against the category by appealDetailsSchema before every save. */
    details: { type: Schema.Types.Mixed, required: true, default: {} },
    text: { type: String, default: '' },
    attachments: { type: [attachmentSchema], default: [] },
    /** A signed document and its detached CMS signature, and what checking them found. */
    signature: {
      documentFileId: { type: Schema.Types.ObjectId, default: null },
      signatureFileId: { type: Schema.Types.ObjectId, default: null },
      status: { type: String, enum: SIGNATURE_STATUSES, required: true, default: 'missing' },
      signer: {
        fullName: { type: String, default: null },
        inn: { type: String, default: null },
        ogrn: { type: String, default: null },
        title: { type: String, default: null },
      },
      note: { type: String, default: null },
    },
    status: { type: String, enum: APPEAL_STATUSES, required: true, default: 'submitted' },
    statusHistory: { type: [statusChangeSchema], default: [] },
    assignedExpertId: { type: Schema.Types.ObjectId, ref: 'StaffUser', default: null },
    answerLetterId: { type: Schema.Types.ObjectId, ref: 'Letter', default: null },
    /** The SRO's deadline for the answer. */
    dueAt: { type: Date, required: true },
    /** Sent by the client with the request, so that a repeated submission files nothing new. */
    idempotencyKey: { type: String, required: true, default: () => randomUUID() },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

appealSchema.pre('validate', function () {
  const parsed = appealDetailsSchema.safeParse({ category: this.category, details: this.details });
  if (parsed.success) this.details = parsed.data.details;
  else this.invalidate('details', parsed.error.issues[0]?.message ?? 'Неверные сведения обращения');
});

// the appeal by its registration number; one appeal per number
appealSchema.index({ registrationNumber: 1 }, { unique: true });
// a repeated submission by the same representative finds the appeal it already filed
appealSchema.index({ representativeId: 1, idempotencyKey: 1 }, { unique: true });
// a member's appeals journal, latest first; the staff inbox filtered by member (memberId, or the ids the member text
// search found), in filing order
appealSchema.index({ memberId: 1, createdAt: -1 });
// the staff inbox filtered by status (and category), in filing order; the open appeals the counters and the dashboard
// count
appealSchema.index({ status: 1, category: 1, createdAt: 1 });
// the staff inbox filtered by category alone, in filing order
appealSchema.index({ category: 1, createdAt: 1 });
// the staff inbox unfiltered or filtered by filing period, sorted by createdAt either way (the default view)
appealSchema.index({ createdAt: 1 });
// an expert's queue: the inbox filtered by assignedExpertId (or mine=true), by status
appealSchema.index({ assignedExpertId: 1, status: 1 });
// the inbox sorted by due date, and its overdue filter (open and due before now)
appealSchema.index({ dueAt: 1, status: 1 });

type AppealFields = Omit<InferSchemaType<typeof appealSchema>, 'category' | 'details'>;

export type Appeal = Plain<AppealFields> & AppealDetails;
appealSchema.plugin(invalidatesReadCache, { scope: 'member' });
export const AppealModel = model('Appeal', appealSchema);
