import type { AppealStatus, SignatureStatus } from './appeal.model.js';

export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  submitted: 'Подано',
  registered: 'Зарегистрировано',
  in_progress: 'В работе',
  answered: 'Дан ответ',
  rejected: 'Отклонено',
};

/** Statuses after which nothing more happens to an appeal. */
export const CLOSED_APPEAL_STATUSES: readonly AppealStatus[] = ['answered', 'rejected'];

export const isAppealOpen = (status: AppealStatus) => !CLOSED_APPEAL_STATUSES.includes(status);

/**
 * Where an appeal may go from each status: forward along submitted → registered → in_progress, and from any open
 * status to answered (only by answering with a letter) or rejected. Nothing goes back.
 */
const NEXT_STATUSES: Record<AppealStatus, readonly AppealStatus[]> = {
  submitted: ['registered', 'in_progress', 'answered', 'rejected'],
  registered: ['in_progress', 'answered', 'rejected'],
  in_progress: ['answered', 'rejected'],
  answered: [],
  rejected: [],
};

export const canMoveAppeal = (from: AppealStatus, to: AppealStatus) => NEXT_STATUSES[from].includes(to);

export const nextAppealStatuses = (from: AppealStatus): readonly AppealStatus[] => NEXT_STATUSES[from];

/** An appeal is overdue when its due date has passed and it is still open. */
export const isAppealOverdue = (appeal: { status: AppealStatus; dueAt: Date }, now: Date) =>
  isAppealOpen(appeal.status) && appeal.dueAt < now;

export const SIGNATURE_STATUS_LABELS: Record<SignatureStatus, string> = {
  verified: 'Подпись проверена',
  unverifiable: 'Подпись не удалось проверить автоматически — проверьте её вручную',
  invalid: 'Подпись недействительна',
  missing: 'Без подписи',
};

/** A signature an expert must look at before relying on the appeal. */
export const signatureNeedsCheck = (status: SignatureStatus) =>
  status === 'unverifiable' || status === 'invalid';
