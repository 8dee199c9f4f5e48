import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

export const ACTOR_KINDS = ['staff', 'representative', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * Who saw or changed what (152-FZ asks to log staff access). `action` is like `member.read` or
 * `appeal.status_changed`; `changes` names fields and ids, never personal data.
 */
const auditEntrySchema = new Schema(
  {
    at: { type: Date, required: true, default: () => new Date() },
    actor: {
      kind: { type: String, enum: ACTOR_KINDS, required: true },
      id: { type: Schema.Types.ObjectId, default: null },
      role: { type: String, default: null },
    },
    action: { type: String, required: true },
    target: {
      kind: { type: String, default: null },
      id: { type: Schema.Types.ObjectId, default: null },
      memberId: { type: Schema.Types.ObjectId, ref: 'Member', default: null },
    },
    ip: { type: String, default: null },
    requestId: { type: String, default: null },
    changes: { type: Schema.Types.Mixed, default: null },
  },
  { versionKey: false },
);

// the audit log, latest first
auditEntrySchema.index({ at: -1 });
// everything done with one member's data
auditEntrySchema.index({ 'target.memberId': 1, at: -1 });
// everything one person did
auditEntrySchema.index({ 'actor.id': 1, at: -1 });

export type AuditEntry = Plain<
  InferSchemaType<typeof auditEntrySchema>,
  { changes: Record<string, unknown> | null }
>;
export const AuditEntryModel = model('AuditEntry', auditEntrySchema);
