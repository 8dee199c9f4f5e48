import type { Types } from 'mongoose';
import { RepresentativeModel } from '../representatives/representative.model.js';
import type { TelegramChat } from './telegram-chat.js';

/** A link of the representative's account to a Telegram user, as stored in `representative.telegram`. */
export interface TelegramLink extends TelegramChat {
  linkedAt: Date;
  blockedAt?: Date | null;
}

type Id = Types.ObjectId | string;

export async function findTelegramLinks(representativeId: Id): Promise<TelegramLink[]> {
  const found = await RepresentativeModel.findById(representativeId)
    .select({ telegram: 1 })
    .lean<{ telegram?: TelegramLink[] }>();
  return found?.telegram ?? [];
}

/**
 * Writes the person's whole list of links back. FerretDB v1 supports neither the positional `$` update nor `$pull`
 * by a condition, so a change is read, made in memory and written back; links change rarely, one person at a time.
 */
async function writeTelegramLinks(representativeId: Id, links: TelegramLink[]): Promise<void> {
  await RepresentativeModel.updateOne({ _id: representativeId }, { $set: { telegram: links } });
}

/** Links the Telegram user once; linking again moves the link to the given chat and makes it active again. */
export async function addTelegramLink(
  representativeId: Id,
  chat: TelegramChat,
  now: Date,
): Promise<TelegramLink[]> {
  const others = (await findTelegramLinks(representativeId)).filter(
    (link) => link.telegramUserId !== chat.telegramUserId,
  );
  const links = [...others, { ...chat, linkedAt: now, blockedAt: null }];
  await writeTelegramLinks(representativeId, links);
  return links;
}

/** Ends the link of the Telegram user; false when there was none. */
export async function removeTelegramLink(representativeId: Id, telegramUserId: number): Promise<boolean> {
  const links = await findTelegramLinks(representativeId);
  const kept = links.filter((link) => link.telegramUserId !== telegramUserId);
  if (kept.length === links.length) return false;
  await writeTelegramLinks(representativeId, kept);
  return true;
}

/**
 * Marks the person's links to a chat as blocked at `blockedAt` (the first time counts), so that no more pushes are tried
 * there, or as reachable again when `blockedAt` is null.
 */
export async function setTelegramChatBlocked(
  representativeId: Id,
  chatId: number,
  blockedAt: Date | null,
): Promise<void> {
  const links = await findTelegramLinks(representativeId);
  await writeTelegramLinks(
    representativeId,
    links.map((link) =>
      link.chatId === chatId ? { ...link, blockedAt: blockedAt && (link.blockedAt ?? blockedAt) } : link,
    ),
  );
}

/** The people whose accounts the Telegram user has linked. */
export async function findRepresentativesLinkedTo(telegramUserId: number): Promise<Types.ObjectId[]> {
  const found = await RepresentativeModel.find({ 'telegram.telegramUserId': telegramUserId })
    .select({ _id: 1 })
    .lean<{ _id: Types.ObjectId }[]>();
  return found.map(({ _id }) => _id);
}
