import type { AuditContext } from '../audit/record-audit.use-case.js';
import { ACCOUNT_EMAILS, enqueueAccountEmail } from '../accounts/account-emails.js';
import { MemberModel } from '../members/member.model.js';
import { DomainError } from '../shared/domain-error.js';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import { RepresentativeModel, type Representative } from './representative.model.js';
import { auditRepresentative } from './representative-audit.js';

export interface NewRepresentative {
  memberId: string;
  fullName: string;
  email: string;
  phone?: string | null;
  authorityExpiresAt?: Date | null;
}

/**
 * Staff record a representative named in the member's application (§1.3); the jobs then e-mail the activation link.
 * Only a current member gets access (§1.2).
 */
export async function createRepresentative(
  input: NewRepresentative,
  context: AuditContext,
  now = new Date(),
): Promise<Representative> {
  const member = await MemberModel.findById(input.memberId).select({ status: 1 }).lean();
  if (!member) throw new DomainError('not_found', 'Член СРО не найден.');
  if (member.status === 'excluded') {
    throw new DomainError(
      'invalid',
      'Организация исключена из членов СРО: доступ к личному кабинету не предоставляется (п. 1.2 Регламента).',
    );
  }
  if (input.authorityExpiresAt && input.authorityExpiresAt.getTime() <= now.getTime()) {
    throw new DomainError(
      'invalid',
      'Срок полномочий уже истёк: укажите дату окончания полномочий в будущем.',
      {
        field: 'authorityExpiresAt',
      },
    );
  }
  let representative: Representative;
  try {
    representative = (await RepresentativeModel.create({ ...input, status: 'pending' })).toObject();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    throw new DomainError('conflict', 'У этого члена СРО уже есть представитель с таким e-mail.', {
      field: 'email',
    });
  }
  await enqueueAccountEmail(ACCOUNT_EMAILS.activation, representative._id, now);
  await auditRepresentative(context, 'representative.created', representative, {
    fields: Object.keys(input).filter((field) => field !== 'memberId'),
  });
  return representative;
}
