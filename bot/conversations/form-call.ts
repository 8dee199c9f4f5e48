import { AccountRefusedError, NotLinkedError } from '../api/account-request.js';
import { ApiError } from '../api/api-client.js';
import type { BotContext, BotConversation } from '../context.js';
import type { LinkedAccount } from '../session.js';

/** A failure with a Russian detail fit to show the user as it is (e.g. a file Telegram would not give). */
export class FormProblem extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'FormProblem';
  }
}

/** A failure is `uncertain` when the call may have gone through (no answer, a server error): repeat it, not edit. */
export type FormOutcome<T> = { ok: true; value: T } | { ok: false; detail: string; uncertain: boolean };

type Settled<T> =
  | FormOutcome<T>
  | { ok: false; refused: { account: LinkedAccount; ended: boolean; detail: string } }
  | { ok: false; notLinked: true };

/**
 * Runs a form's call outside the conversation (with the outer context: session, API client) and returns a plain
 * outcome, because what `external` returns is stored and errors do not survive storing. A refused or missing account
 * is thrown again as the error the bot's refusal handler answers; any other failure becomes a detail to show.
 */
export async function formCall<T>(
  conversation: BotConversation,
  task: (outer: BotContext) => Promise<T>,
  failure: string,
): Promise<FormOutcome<T>> {
  const settled = await conversation.external(async (outer): Promise<Settled<T>> => {
    try {
      return { ok: true, value: await task(outer) };
    } catch (error) {
      if (error instanceof AccountRefusedError) {
        return { ok: false, refused: { account: error.account, ended: error.ended, detail: error.detail } };
      }
      if (error instanceof NotLinkedError) return { ok: false, notLinked: true };
      if (error instanceof FormProblem) return { ok: false, detail: error.detail, uncertain: false };
      if (error instanceof ApiError) {
        return { ok: false, detail: error.detail, uncertain: error.status >= 500 || error.status === 429 };
      }
      outer.log.error({ err: error }, 'a call of an appeal form failed');
      return { ok: false, detail: failure, uncertain: true };
    }
  });
  if ('refused' in settled) {
    const { account, ended, detail } = settled.refused;
    throw new AccountRefusedError(account, ended, detail);
  }
  if ('notLinked' in settled) throw new NotLinkedError();
  return settled;
}
