import { findAccountHolderByInn } from '../accounts/account-holder.repository.js';
import { enqueueOutboxMessage } from '../notifications/outbox.repository.js';
import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { maskEmail } from './masked-email.js';
import { emailCodeSubject, insertEmailCode } from './telegram-email-codes.repository.js';

/** The outbox kind of the e-mail with the code; the jobs make the code and mail it. */
export const TELEGRAM_CODE_EMAIL = 'email.telegram_code';

export interface EmailCodeRequest {
  inn: string;
  email: string;
  telegramUserId: number;
}

/**
 * Linking from inside the bot: a one-time code goes to the confirmed e-mail of the representative whom the member's
 * INN and the e-mail name, when that person may use the cabinet. The answer is the same whether or not they match,
 * and a code record is left either way, so that neither the answer nor the later check tells whom the SRO knows.
 */
export async function requestTelegramEmailCode(
  input: EmailCodeRequest,
  now = new Date(),
): Promise<{ sentTo: string }> {
  const holder = await findAccountHolderByInn(input.inn, input.email);
  const recipient = holder && checkAccess({ ...holder, now }).allowed ? holder.representative : null;
  const code = await insertEmailCode(
    {
      subjectKey: emailCodeSubject(input.inn, input.email),
      telegramUserId: input.telegramUserId,
      representativeId: recipient?._id ?? null,
    },
    now,
  );
  if (recipient) {
    await enqueueOutboxMessage({
      kind: TELEGRAM_CODE_EMAIL,
      payload: { codeId: String(code._id) },
      idempotencyKey: `${TELEGRAM_CODE_EMAIL}:${String(code._id)}`,
    });
  }
  return { sentTo: maskEmail(input.email) };
}
