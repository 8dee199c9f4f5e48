import type { AuditContext } from '../audit/record-audit.use-case.js';
import { DomainError } from '../shared/domain-error.js';
import type { Appeal } from './appeal.model.js';
import { APPEAL_STATUS_LABELS, isAppealOpen } from './appeal-status.js';
import { findActiveStaff } from './appeals-inbox.repository.js';
import { findAppealOrFail, recordAppealChange } from './change-appeal-status.use-case.js';

export interface AssignAppealInput {
  appealId: string;
  expertId: string;
  staffId: string;
}

/** Hands an open appeal to an expert; a submitted or registered appeal goes into work. */
export async function assignAppeal(input: AssignAppealInput, context: AuditContext): Promise<Appeal> {
  const appeal = await findAppealOrFail(input.appealId);
  if (!isAppealOpen(appeal.status)) {
    throw new DomainError(
      'conflict',
      `Обращение в статусе «${APPEAL_STATUS_LABELS[appeal.status]}» закрыто: назначить эксперта нельзя.`,
      { currentStatus: appeal.status },
    );
  }
  const expert = await findActiveStaff(input.expertId);
  if (!expert) {
    throw new DomainError('invalid', 'Эксперт не найден среди действующих сотрудников СРО.', {
      errors: [{ path: 'expertId', message: 'Выберите действующего сотрудника СРО' }],
    });
  }
  if (appeal.status === 'in_progress' && String(appeal.assignedExpertId) === String(expert._id))
    return appeal;
  return recordAppealChange(
    appeal,
    {
      status: 'in_progress',
      comment: `Исполнитель: ${expert.fullName}`,
      staffId: input.staffId,
      action: 'appeal.assigned',
      fields: { assignedExpertId: expert._id },
    },
    context,
  );
}
