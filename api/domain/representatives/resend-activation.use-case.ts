import { ACCOUNT_EMAILS, enqueueAccountEmail } from '../accounts/account-emails.js';
import { supersedeAccountTokens } from '../accounts/account-tokens.repository.js';
import type { AuditContext } from '../audit/record-audit.use-case.js';
import { MemberModel } from '../members/member.model.js';
import { DomainError } from '../shared/domain-error.js';
import type { Representative } from './representative.model.js';
import { auditRepresentative } from './representative-audit.js';
import { requireRepresentative } from './representatives.repository.js';

const NOT_PENDING = {
  active: 'Личный кабинет уже активирован. Если представитель забыл пароль, он может восстановить его сам.',
  suspended: 'Доступ представителя приостановлен: сначала восстановите его.',
} as const;

/** Sends a new activation link (§2.5); the previous one stops working at once. */
export async function resendActivation(
  id: string,
  context: AuditContext,
  now = new Date(),
): Promise<Representative> {
  const representative = await requireRepresentative(id);
  if (representative.status !== 'pending')
    throw new DomainError('conflict', NOT_PENDING[representative.status]);
  const member = await MemberModel.findById(representative.memberId).select({ status: 1 }).lean();
  if (member?.status === 'excluded') {
    throw new DomainError(
      'invalid',
      'Организация исключена из членов СРО: доступ к личному кабинету прекращён.',
    );
  }
  await supersedeAccountTokens(representative._id, ['activation'], now);
  await enqueueAccountEmail(ACCOUNT_EMAILS.activation, representative._id, now);
  await auditRepresentative(context, 'representative.activation_resent', representative);
  return representative;
}
