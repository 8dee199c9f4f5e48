import type { BotContext } from '../context.js';
import { currentAccount } from '../linked-accounts.js';
import type { LinkedAccount } from '../session.js';
import { ApiError, type RequestOptions } from './api-client.js';

/** The user has no linked account yet. */
export class NotLinkedError extends Error {
  constructor() {
    super('no linked account');
    this.name = 'NotLinkedError';
  }
}

/**
 * The API refused the account's session: `ended` (401) — the link was ended (unlinked, password changed); otherwise
 * (403) access is suspended and `detail` says why and whom to call.
 */
export class AccountRefusedError extends Error {
  constructor(
    readonly account: LinkedAccount,
    readonly ended: boolean,
    readonly detail: string,
  ) {
    super(ended ? 'account session ended' : 'account refused');
    this.name = 'AccountRefusedError';
  }
}

function requireAccount(ctx: BotContext): LinkedAccount {
  const account = currentAccount(ctx.session);
  if (!account) throw new NotLinkedError();
  return account;
}

async function asAccount<T>(account: LinkedAccount, call: () => Promise<T>): Promise<T> {
  try {
    const result = await call();
    if (account.refusal) account.refusal = null;
    return result;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      throw new AccountRefusedError(account, error.status === 401, error.detail);
    }
    throw error;
  }
}

/** A call to the API as the current account; refusals become {@link AccountRefusedError}. */
export function accountRequest<T>(ctx: BotContext, path: string, options?: RequestOptions): Promise<T> {
  const account = requireAccount(ctx);
  return asAccount(account, () => ctx.backend.request<T>({ session: account.sessionToken }, path, options));
}

/** A file download as the current account (letters' and appeals' attachments). */
export function accountDownload(ctx: BotContext, path: string): Promise<AsyncIterable<Uint8Array>> {
  const account = requireAccount(ctx);
  return asAccount(account, () => ctx.backend.download({ session: account.sessionToken }, path));
}

/** A small file whole, with its name, as the current account (an event as .ics). */
export function accountFile(ctx: BotContext, path: string) {
  const account = requireAccount(ctx);
  return asAccount(account, () => ctx.backend.file({ session: account.sessionToken }, path));
}
