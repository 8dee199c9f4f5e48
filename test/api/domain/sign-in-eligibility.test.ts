import { describe, it, expect } from '@jest/globals';
import {
  checkAccess,
  type AccessCheck,
  type AccessDecision,
} from '../../../api/domain/representatives/sign-in-eligibility.js';

const now = new Date('2025-06-10T09:00:00+03:00');
const activeMember = { status: 'member' } as const;
const activeRepresentative = {
  status: 'active',
  emailConfirmedAt: new Date('2025-01-15T10:00:00+03:00'),
  authorityExpiresAt: new Date('2025-12-31T00:00:00+03:00'),
} as const;

function check(
  member: Partial<AccessCheck['member']>,
  representative: Partial<AccessCheck['representative']>,
) {
  return checkAccess({
    member: { ...activeMember, ...member },
    representative: { ...activeRepresentative, ...representative },
    now,
  });
}

const messageOf = (decision: AccessDecision) => (decision.allowed ? '' : decision.message);

describe('whether a representative may use the cabinet', () => {
  it('when the member is active and the representative activated, confirmed and authorized, then access is allowed', () => {
    expect(check({}, {})).toEqual({ allowed: true });
  });

  it('when the authority has no end date, then access is allowed', () => {
    expect(check({}, { authorityExpiresAt: null })).toEqual({ allowed: true });
    expect(check({}, { authorityExpiresAt: undefined })).toEqual({ allowed: true });
  });

  it('when only the member’s right to perform work is suspended, then access is still allowed', () => {
    expect(check({ status: 'suspended' }, {})).toEqual({ allowed: true });
  });

  it('when the member is excluded, then access ends citing п. 1.4', () => {
    expect(check({ status: 'excluded' }, {})).toEqual({
      allowed: false,
      reason: 'member_excluded',
      message:
        'Организация исключена из членов СРО — доступ к личному кабинету прекращён (п. 1.4 Регламента).',
    });
  });

  it('when staff suspended the representative, then access is refused citing п. 2.4 and pointing to the SRO', () => {
    const decision = check({}, { status: 'suspended' });
    expect(decision).toMatchObject({ allowed: false, reason: 'suspended' });
    expect(messageOf(decision)).toMatch(
      /^Доступ приостановлен сотрудником СРО.*\(п\. 2\.4 Регламента\)\. Обратитесь в СРО\.$/,
    );
  });

  it('when staff gave a reason for the suspension, then the refusal quotes it once, and says to contact the SRO once', () => {
    const decision = check({}, { status: 'suspended', suspendReason: 'Вход с чужого устройства.' });
    expect(messageOf(decision)).toBe(
      'Доступ приостановлен сотрудником СРО (п. 2.4 Регламента). Причина: «Вход с чужого устройства». ' +
        'Обратитесь в СРО.',
    );
  });

  it('when the representative has not followed the activation link, then access is refused as not activated', () => {
    const decision = check({}, { status: 'pending', emailConfirmedAt: null });
    expect(decision).toMatchObject({ allowed: false, reason: 'not_activated' });
    expect(messageOf(decision)).toMatch(/не активирован.*п\. 2\.1 Регламента/);
  });

  it('when the representative is active but the e-mail is not confirmed, then access is refused until it is', () => {
    const decision = check({}, { emailConfirmedAt: null });
    expect(decision).toMatchObject({ allowed: false, reason: 'email_unconfirmed' });
    expect(messageOf(decision)).toMatch(/не подтверждён.*п\. 2\.1 Регламента/);
  });

  it('when the authority expired before now, then access is refused naming the date', () => {
    const decision = check({}, { authorityExpiresAt: new Date('2025-05-31T00:00:00+03:00') });
    expect(decision).toMatchObject({ allowed: false, reason: 'authority_expired' });
    expect(messageOf(decision)).toMatch(/^Срок полномочий представителя истёк 31\.05\.2025.*п\. 2\.1/);
  });

  it('when the authority expires exactly now, then it counts as expired; a millisecond later than now it is valid', () => {
    expect(check({}, { authorityExpiresAt: new Date(now) })).toMatchObject({ reason: 'authority_expired' });
    expect(check({}, { authorityExpiresAt: new Date(now.getTime() + 1) })).toEqual({ allowed: true });
  });
});

describe('which refusal wins when several apply', () => {
  const expired = new Date('2025-01-01T00:00:00+03:00');

  it('when the member is excluded and everything else is wrong too, then exclusion is reported', () => {
    const decision = check(
      { status: 'excluded' },
      { status: 'suspended', emailConfirmedAt: null, authorityExpiresAt: expired },
    );
    expect(decision).toMatchObject({ reason: 'member_excluded' });
  });

  it('when the representative is suspended, unconfirmed and expired, then suspension is reported', () => {
    const decision = check({}, { status: 'suspended', emailConfirmedAt: null, authorityExpiresAt: expired });
    expect(decision).toMatchObject({ reason: 'suspended' });
  });

  it('when the representative is not activated and the authority expired, then the missing activation is reported', () => {
    const decision = check({}, { status: 'pending', emailConfirmedAt: null, authorityExpiresAt: expired });
    expect(decision).toMatchObject({ reason: 'not_activated' });
  });

  it('when the e-mail is unconfirmed and the authority expired, then the unconfirmed e-mail is reported', () => {
    const decision = check({}, { emailConfirmedAt: null, authorityExpiresAt: expired });
    expect(decision).toMatchObject({ reason: 'email_unconfirmed' });
  });
});
