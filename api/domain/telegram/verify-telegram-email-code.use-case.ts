import { findAccountHolder } from '../accounts/account-holder.repository.js';
import type { SessionClient } from '../sessions/sessions.repository.js';
import { DomainError } from '../shared/domain-error.js';
import { linkTelegramAccount, type TelegramLinked } from './link-telegram-account.js';
import { assertMayUseTelegram } from './telegram-access.js';
import type { TelegramChat } from './telegram-chat.js';
import {
  claimEmailCodeAttempt,
  EMAIL_CODE_ATTEMPTS,
  emailCodeMatches,
  emailCodeSubject,
  findLatestEmailCode,
  isEmailCodeUsed,
  markEmailCodeUsed,
} from './telegram-email-codes.repository.js';

export interface EmailCodeCheck extends TelegramChat {
  inn: string;
  email: string;
  code: string;
}

const ASK_AGAIN = 'Запросите новый код.';
const gone = (message: string) =>
  new DomainError('gone', `${message} ${ASK_AGAIN}`, { type: 'email-code-gone' });

function wrongCode(attempt: number): DomainError {
  const left = EMAIL_CODE_ATTEMPTS - attempt;
  if (left === 0) return gone('Неверный код. Попытки ввода исчерпаны.');
  return new DomainError('invalid', `Неверный код. Осталось попыток: ${left}`, {
    type: 'email-code-wrong',
    attemptsLeft: left,
  });
}

/**
 * Checks the code the person typed into the bot against the latest one this Telegram user requested for the INN and
 * e-mail. Every guess takes one of a few attempts by a unique insert, so concurrent guesses cannot share one.
 */
export async function verifyTelegramEmailCode(
  input: EmailCodeCheck,
  client: SessionClient,
  now = new Date(),
): Promise<TelegramLinked> {
  const stored = await findLatestEmailCode(emailCodeSubject(input.inn, input.email), input.telegramUserId);
  if (!stored) throw gone('Код не найден.');
  if (await isEmailCodeUsed(stored._id)) throw gone('Этот код уже использован.');
  if (stored.expiresAt.getTime() <= now.getTime())
    throw gone('Срок действия кода истёк: он действует 10 минут.');
  const attempt = await claimEmailCodeAttempt(stored._id, now);
  if (attempt === null) throw gone('Попытки ввода кода исчерпаны.');
  if (!stored.representativeId || !emailCodeMatches(stored, input.code)) throw wrongCode(attempt);
  const holder = await findAccountHolder(stored.representativeId);
  if (!holder) throw gone('Код больше не действует.');
  assertMayUseTelegram(holder, now);
  if (!(await markEmailCodeUsed(stored._id, now))) throw gone('Этот код уже использован.');
  return linkTelegramAccount(holder, input, client, now);
}
