import { findAccountHolder } from '../accounts/account-holder.repository.js';
import { isAccountTokenSpent, spendAccountToken } from '../accounts/account-tokens.repository.js';
import type { SessionClient } from '../sessions/sessions.repository.js';
import { DomainError } from '../shared/domain-error.js';
import { linkTelegramAccount, type TelegramLinked } from './link-telegram-account.js';
import { assertMayUseTelegram } from './telegram-access.js';
import type { TelegramChat } from './telegram-chat.js';
import { findTelegramLinkToken } from './telegram-link-tokens.repository.js';

const linkTokenUsed = () =>
  new DomainError(
    'conflict',
    'Ссылка уже использована или недействительна. Получите новую ссылку в личном кабинете или у сотрудника СРО.',
    { type: 'link-token-used' },
  );

const linkTokenExpired = () =>
  new DomainError(
    'gone',
    'Срок действия ссылки истёк: она действует 10 минут. Получите новую ссылку в личном кабинете или у сотрудника СРО.',
    { type: 'link-token-expired' },
  );

/**
 * The bot redeems a deep-link token for the Telegram user who opened it. The token is spent by a unique insert, so of
 * concurrent redemptions exactly one links and the others are told it is used.
 */
export async function redeemTelegramLinkToken(
  input: TelegramChat & { token: string },
  client: SessionClient,
  now = new Date(),
): Promise<TelegramLinked> {
  const stored = await findTelegramLinkToken(input.token);
  if (!stored || (await isAccountTokenSpent(stored._id))) throw linkTokenUsed();
  if (stored.expiresAt.getTime() <= now.getTime()) throw linkTokenExpired();
  const holder = await findAccountHolder(stored.representativeId);
  if (!holder) throw linkTokenUsed();
  assertMayUseTelegram(holder, now);
  if (!(await spendAccountToken(stored._id, now))) throw linkTokenUsed();
  return linkTelegramAccount(holder, input, client, now);
}
