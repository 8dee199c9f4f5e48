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

/** The links with those to `chatId` blocked since `blockedAt` (the first time counts), or reachable again when null. */
const withChatBlocked = (links: TelegramLink[], chatId: number, blockedAt: Date | null) =>
  links.map((link) =>
    link.chatId === chatId ? { ...link, blockedAt: blockedAt && (link.blockedAt ?? blockedAt) } : link,
  );

/** Marks the person's links to a chat that blocked the bot, so that no more pushes are tried there. */
export async function markTelegramChatBlocked(
  representativeId: Id,
  chatId: number,
  now: Date,
): Promise<void> {
  await writeTelegramLinks(
    representativeId,
    withChatBlocked(await findTelegramLinks(representativeId), chatId, now),
  );
}

/**
 * Marks the links of every account the Telegram user linked to `chatId` as blocked since `blockedAt`, or as reachable
 * again when null; returns how many accounts that is.
 */
export async function setTelegramUserChatBlocked(
  telegramUserId: number,
  chatId: number,
  blockedAt: Date | null,
): Promise<number> {
  const representatives = await RepresentativeModel.find({ 'telegram.telegramUserId': telegramUserId })
    .select({ telegram: 1 })
    .lean<{ _id: Types.ObjectId; telegram: TelegramLink[] }[]>();
  for (const { _id, telegram } of representatives) {
    await writeTelegramLinks(_id, withChatBlocked(telegram, chatId, blockedAt));
  }
  return representatives.length;
}
