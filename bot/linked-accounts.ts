import type { TelegramLinkResult } from './api/telegram-api.js';
import type { LinkedAccount, SessionData } from './session.js';

/** The account the user works as now; undefined when nothing is linked. */
export function currentAccount(session: SessionData): LinkedAccount | undefined {
  return (
    session.accounts.find((account) => account.memberId === session.currentMemberId) ?? session.accounts[0]
  );
}

/** Adds or refreshes the link to a member and makes it current. */
export function rememberAccount(session: SessionData, account: LinkedAccount): void {
  session.accounts = [...session.accounts.filter((known) => known.memberId !== account.memberId), account];
  session.currentMemberId = account.memberId;
}

/** Forgets a member's link; the first remaining account, if any, becomes current. */
export function forgetAccount(session: SessionData, memberId: string): void {
  session.accounts = session.accounts.filter((account) => account.memberId !== memberId);
  if (session.currentMemberId === memberId) session.currentMemberId = session.accounts[0]?.memberId ?? null;
}

/** Makes another linked member current; false when the user does not represent it (a stale button). */
export function switchAccount(session: SessionData, memberId: string): boolean {
  if (!session.accounts.some((account) => account.memberId === memberId)) return false;
  session.currentMemberId = memberId;
  return true;
}

/** The account a successful link (deep link or e-mail code) opened. */
export const accountFromLink = (link: TelegramLinkResult): LinkedAccount => ({
  memberId: link.member.id,
  memberName: link.member.shortName,
  representativeName: link.representative.fullName,
  sessionToken: link.session.token,
  refusal: null,
});
