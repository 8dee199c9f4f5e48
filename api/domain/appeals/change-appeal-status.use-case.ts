import type { AuditAction } from '../audit/audit-actions.js';
import { Types } from 'mongoose';
import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { enqueueOutboxMessage } from '../notifications/outbox.repository.js';
import { DomainError } from '../shared/domain-error.js';
import type { Appeal, AppealStatus } from './appeal.model.js';
import { APPEAL_STATUS_LABELS, canMoveAppeal } from './appeal-status.js';
import {
  appendHistoryEntry,
  claimHistoryEntry,
  findAppeal,
  releaseHistoryEntry,
} from './appeals-inbox.repository.js';

type AppealFields = { assignedExpertId?: Types.ObjectId; answerLetterId?: Types.ObjectId };

export interface AppealChange {
  status: AppealStatus;
  comment: string | null;
  staffId: string | Types.ObjectId;
  action: AuditAction & `appeal.${string}`;
  fields?: AppealFields;
}

export async function findAppealOrFail(appealId: string): Promise<Appeal> {
  const appeal = await findAppeal(appealId);
  if (!appeal) throw new DomainError('not_found', 'Обращение не найдено.');
  return appeal;
}

/**
 * Writes one change of an appeal as its next status-history entry, announces it to the jobs and audits it.
 *
 * Two staff members may act on the same appeal at once, and FerretDB v1 does not make a conditional update
 * (`{_id, status: from}`) atomic: both could pass the condition and the later write would silently replace the
 * earlier one. So the writer first claims the next history index with a unique insert: the one claim that succeeds
 * owns the change, the other caller learns that the appeal moved on. Since every change goes through a claim, the
 * appeal read before claiming index n is still the one the change applies to. `prepare` does the work the change
 * stands for (e.g. sends the answer letter) once the claim is held; if it or the write fails, the claim is released.
 */
export async function recordAppealChange(
  appeal: Appeal,
  change: AppealChange,
  context: AuditContext,
  prepare?: () => Promise<AppealFields>,
): Promise<Appeal> {
  const historyIndex = appeal.statusHistory.length;
  if (!(await claimHistoryEntry(appeal._id, historyIndex))) {
    throw new DomainError(
      'conflict',
      'Обращение только что изменил другой сотрудник. Обновите карточку обращения.',
    );
  }
  const { changed, fields } = await writeClaimedChange(appeal, change, historyIndex, prepare);
  const appealId = String(appeal._id);
  const memberId = String(appeal.memberId);
  const statuses = { previousStatus: appeal.status, status: change.status };
  await enqueueOutboxMessage({
    kind: 'appeal.status_changed',
    payload: { appealId, memberId, historyIndex, ...statuses },
    idempotencyKey: `appeal.status_changed:${appealId}:${historyIndex}`,
  });
  await recordAudit(context, {
    action: change.action,
    target: { kind: 'appeal', id: appealId, memberId },
    changes: { ...statuses, historyIndex, ...stringIds(fields) },
  });
  return changed;
}

/** Does the change's work and writes its history entry under the held claim; gives the claim up if either fails. */
async function writeClaimedChange(
  appeal: Appeal,
  change: AppealChange,
  historyIndex: number,
  prepare?: () => Promise<AppealFields>,
) {
  try {
    const fields = { ...change.fields, ...(prepare ? await prepare() : {}) };
    const entry = {
      status: change.status,
      at: new Date(),
      byStaffId: asId(change.staffId),
      comment: change.comment,
    };
    return { changed: await appendHistoryEntry(appeal, entry, fields), fields };
  } catch (error) {
    await releaseHistoryEntry(appeal._id, historyIndex);
    throw error;
  }
}

export interface ChangeAppealStatusInput {
  appealId: string;
  status: 'registered' | 'in_progress' | 'rejected';
  comment: string | null;
  staffId: string;
}

/** Moves an appeal along its statuses; taking it in progress without an expert makes the acting staff member its expert. */
export async function changeAppealStatus(
  input: ChangeAppealStatusInput,
  context: AuditContext,
): Promise<Appeal> {
  const appeal = await findAppealOrFail(input.appealId);
  if (input.status === 'rejected' && !input.comment) {
    throw new DomainError('invalid', 'Укажите в комментарии причину отказа: её увидит член СРО.');
  }
  if (!canMoveAppeal(appeal.status, input.status)) {
    throw new DomainError(
      'conflict',
      `Обращение в статусе «${APPEAL_STATUS_LABELS[appeal.status]}» нельзя перевести в статус «${APPEAL_STATUS_LABELS[input.status]}».`,
      { currentStatus: appeal.status },
    );
  }
  const takesExpert = input.status === 'in_progress' && !appeal.assignedExpertId;
  return recordAppealChange(
    appeal,
    {
      status: input.status,
      comment: input.comment,
      staffId: input.staffId,
      action: 'appeal.status_changed',
      fields: takesExpert ? { assignedExpertId: asId(input.staffId) } : {},
    },
    context,
  );
}

const asId = (id: string | Types.ObjectId) => (typeof id === 'string' ? new Types.ObjectId(id) : id);

const stringIds = (fields: AppealFields) =>
  Object.fromEntries(Object.entries(fields).map(([name, id]) => [name, String(id)]));
