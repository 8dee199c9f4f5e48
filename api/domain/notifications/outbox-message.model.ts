import { randomUUID } from 'node:crypto';
import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

export const OUTBOX_STATUSES = ['pending', 'processing', 'done', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Work the API leaves for the jobs, e.g. `letter.created` or `appeal.status_changed`, written right after the change it
 * announces. `payload` holds ids, not personal data; its keys must not contain `.` or start with `$`.
 */
const outboxMessageSchema = new Schema(
  {
    kind: { type: String, required: true },
    payload: { type: Schema.Types.Mixed, required: true, default: {} },
    idempotencyKey: { type: String, required: true, default: () => randomUUID() },
    status: { type: String, enum: OUTBOX_STATUSES, required: true, default: 'pending' },
    attempts: { type: Number, required: true, default: 0, min: 0 },
    lockedUntil: { type: Date, default: null },
    lastError: { type: String, default: null },
  },
  { timestamps: true, versionKey: false, minimize: false },
);

// the same event is left once however often the API retries
outboxMessageSchema.index({ idempotencyKey: 1 }, { unique: true });
// the jobs take the oldest pending messages first
outboxMessageSchema.index({ status: 1, createdAt: 1 });

export type OutboxMessage = Plain<
  InferSchemaType<typeof outboxMessageSchema>,
  { payload: Record<string, unknown> }
>;
export const OutboxMessageModel = model('OutboxMessage', outboxMessageSchema);
