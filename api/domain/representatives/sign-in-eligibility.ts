import { formatDate } from '../shared/sro-calendar.js';

export type MemberStatus = 'member' | 'suspended' | 'excluded';
/** `pending`: created by staff, the activation link not yet followed. */
export type RepresentativeStatus = 'pending' | 'active' | 'suspended';

export type AccessRefusalReason =
  'member_excluded' | 'suspended' | 'not_activated' | 'email_unconfirmed' | 'authority_expired';

export type AccessDecision =
  { allowed: true } | { allowed: false; reason: AccessRefusalReason; message: string };

export interface AccessCheck {
  member: { status: MemberStatus };
  representative: {
    status: RepresentativeStatus;
    emailConfirmedAt?: Date | null;
    /** The instant the authority ends; absent when it does not expire. */
    authorityExpiresAt?: Date | null;
    /** What staff wrote when suspending access; shown to the person refused. */
    suspendReason?: string | null;
  };
  now: Date;
}

const MESSAGES = {
  member_excluded:
    'Организация исключена из членов СРО — доступ к личному кабинету прекращён (п. 1.4 Регламента).',
  not_activated:
    'Личный кабинет ещё не активирован: перейдите по ссылке из письма, отправленного на адрес электронной почты ' +
    'из заявления о доступе (п. 2.1 Регламента). Если письмо не пришло или ссылка устарела, обратитесь в СРО.',
  email_unconfirmed:
    'Адрес электронной почты не подтверждён: перейдите по ссылке из письма, отправленного на него (п. 2.1 Регламента).',
} as const;

function suspendedMessage(reason: string | null | undefined): string {
  const stated = reason?.trim().replace(/[.!]+$/, '');
  if (!stated) {
    return (
      'Доступ приостановлен сотрудником СРО — например, при подозрении на несанкционированный доступ от вашего ' +
      'имени (п. 2.4 Регламента). Обратитесь в СРО.'
    );
  }
  return `Доступ приостановлен сотрудником СРО (п. 2.4 Регламента). Причина: «${stated}». Обратитесь в СРО.`;
}

function authorityExpiredMessage(expiredAt: Date): string {
  return (
    `Срок полномочий представителя истёк ${formatDate(expiredAt)}: для доступа нужны действующие полномочия ` +
    '(п. 2.1 Регламента). Чтобы продлить доступ, организация направляет в СРО новое заявление (п. 1.3 Регламента).'
  );
}

/**
 * Whether a representative may use the cabinet now. Checks run from the member to the person: exclusion of the member,
 * suspension by staff, activation, e-mail confirmation, authority. A member whose right to work is suspended keeps access.
 */
export function checkAccess({ member, representative, now }: AccessCheck): AccessDecision {
  const refuse = (reason: AccessRefusalReason, message: string): AccessDecision => ({
    allowed: false,
    reason,
    message,
  });
  if (member.status === 'excluded') return refuse('member_excluded', MESSAGES.member_excluded);
  if (representative.status === 'suspended') {
    return refuse('suspended', suspendedMessage(representative.suspendReason));
  }
  if (representative.status === 'pending') return refuse('not_activated', MESSAGES.not_activated);
  if (!representative.emailConfirmedAt) return refuse('email_unconfirmed', MESSAGES.email_unconfirmed);
  const expiresAt = representative.authorityExpiresAt;
  if (expiresAt && expiresAt.getTime() <= now.getTime()) {
    return refuse('authority_expired', authorityExpiredMessage(expiresAt));
  }
  return { allowed: true };
}
