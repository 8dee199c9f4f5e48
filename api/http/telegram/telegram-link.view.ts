import type { TelegramLinked } from '../../domain/telegram/link-telegram-account.js';
import type { TelegramLink } from '../../domain/telegram/telegram-links.repository.js';

export const linksView = (links: readonly TelegramLink[], currentTelegramUserId: number | null) =>
  links.map((link) => ({
    telegramUserId: link.telegramUserId,
    linkedAt: link.linkedAt.toISOString(),
    current: link.telegramUserId === currentTelegramUserId,
  }));

/** The answer to a successful linking: the bot's session, whose account it is, and all its links. */
export const linkedView = ({ session, representative, member, links, telegramUserId }: TelegramLinked) => ({
  session: { token: session.token, expiresAt: session.expiresAt.toISOString() },
  representative: { id: String(representative._id), fullName: representative.fullName },
  member: { id: String(member._id), shortName: member.shortName, inn: member.inn },
  links: linksView(links, telegramUserId),
});
