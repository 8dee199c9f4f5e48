import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { DomainError } from '../shared/domain-error.js';
import { findAccountHolder, type AccountHolder } from './account-holder.repository.js';
import type { AccountTokenPurpose } from './account-token.model.js';
import { findAccountToken, isAccountTokenSpent } from './account-tokens.repository.js';

export type AccountTokenRefusal = 'token_unknown' | 'token_used' | 'token_expired' | 'token_superseded';

const REFUSALS: Record<AccountTokenPurpose, Record<AccountTokenRefusal, string>> = {
  activation: {
    token_unknown:
      'Ссылка для активации не найдена. Проверьте, что она скопирована из письма полностью, ' +
      'или попросите СРО отправить новую.',
    token_used:
      'Эта ссылка уже использована: личный кабинет по ней активирован. Войдите с паролем, который вы задали. ' +
      'Если кабинет активировали не вы, сразу сообщите в СРО.',
    token_expired:
      'Срок действия ссылки истёк: она действует 72 часа. Попросите СРО отправить новую ссылку для активации.',
    token_superseded:
      'Эта ссылка больше не действует: СРО отправило вам новую. Воспользуйтесь ссылкой из последнего письма ' +
      'или попросите СРО отправить её ещё раз.',
  },
  password_reset: {
    token_unknown:
      'Ссылка для смены пароля не найдена. Проверьте, что она скопирована из письма полностью, ' +
      'или запросите восстановление пароля ещё раз.',
    token_used:
      'Эта ссылка уже использована: пароль по ней изменён. Если пароль меняли не вы, запросите восстановление ' +
      'пароля ещё раз и сообщите в СРО.',
    token_expired:
      'Срок действия ссылки истёк: она действует 1 час. Запросите восстановление пароля ещё раз.',
    token_superseded:
      'Эта ссылка больше не действует: после неё была запрошена новая. Воспользуйтесь ссылкой из последнего письма.',
  },
};

export function accountTokenRefused(purpose: AccountTokenPurpose, reason: AccountTokenRefusal): DomainError {
  return new DomainError('invalid', REFUSALS[purpose][reason], { reason });
}

/** Refuses a link whose holder may not use it now: an excluded member, a suspended person, an expired authority. */
function assertHolderMayUse(
  purpose: AccountTokenPurpose,
  { member, representative }: AccountHolder,
  now: Date,
) {
  if (purpose === 'activation' && representative.status === 'active') {
    throw accountTokenRefused(purpose, 'token_used');
  }
  const activated =
    purpose === 'activation' && representative.status === 'pending'
      ? { ...representative, status: 'active' as const, emailConfirmedAt: now }
      : representative;
  const access = checkAccess({ member, representative: activated, now });
  if (!access.allowed) throw new DomainError('forbidden', access.message, { reason: access.reason });
}

/**
 * The holder of a one-time link, if the link may be used now. Checks run in the order that explains the most to the
 * person: unknown, already used, the holder's standing, replaced by a newer link, expired.
 */
export async function loadTokenHolder(
  token: string,
  purpose: AccountTokenPurpose,
  now: Date,
): Promise<AccountHolder & { tokenHash: string }> {
  const stored = await findAccountToken(token);
  if (!stored || stored.purpose !== purpose) throw accountTokenRefused(purpose, 'token_unknown');
  if (await isAccountTokenSpent(stored._id)) throw accountTokenRefused(purpose, 'token_used');
  const holder = await findAccountHolder(stored.representativeId);
  if (!holder) throw accountTokenRefused(purpose, 'token_unknown');
  assertHolderMayUse(purpose, holder, now);
  if (stored.supersededAt) throw accountTokenRefused(purpose, 'token_superseded');
  if (stored.expiresAt.getTime() <= now.getTime()) throw accountTokenRefused(purpose, 'token_expired');
  return { ...holder, tokenHash: stored._id };
}
