import type { Types } from 'mongoose';
import { MemberModel, type Member } from '../members/member.model.js';
import { RepresentativeModel, type Representative } from '../representatives/representative.model.js';
import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { notificationSettingsOf, type NotificationSettings } from './notification-settings.js';
import type { TelegramChat } from './telegram-chat.js';

type Id = Types.ObjectId | string;

/** A representative who may use the cabinet now and has Telegram chats that still take pushes. */
export interface LinkedRepresentative {
  representativeId: Types.ObjectId;
  memberId: Types.ObjectId;
  memberShortName: string;
  settings: NotificationSettings;
  chats: TelegramChat[];
}

/** Whose chats: one person, the representatives of some members, or of every member. */
export type LinkedAudience = { representativeId: Id } | { memberIds: Id[] } | { everyMember: true };

type StoredRepresentative = Pick<
  Representative,
  '_id' | 'memberId' | 'status' | 'emailConfirmedAt' | 'authorityExpiresAt' | 'telegram'
> & { notificationSettings?: Partial<NotificationSettings> };

const audienceFilter = (audience: LinkedAudience) =>
  'representativeId' in audience
    ? { _id: audience.representativeId }
    : 'memberIds' in audience
      ? { memberId: { $in: audience.memberIds } }
      : {};

/**
 * The linked representatives of an audience, checked as every request is: an excluded member, a suspended person or
 * an expired authority gets no pushes. Served by the `memberId` and `telegram.telegramUserId` indexes.
 */
export async function findLinkedRepresentatives(
  audience: LinkedAudience,
  now: Date,
): Promise<LinkedRepresentative[]> {
  const representatives = await RepresentativeModel.find({
    ...audienceFilter(audience),
    status: 'active',
    'telegram.telegramUserId': { $exists: true },
  })
    .select({
      memberId: 1,
      status: 1,
      emailConfirmedAt: 1,
      authorityExpiresAt: 1,
      telegram: 1,
      notificationSettings: 1,
    })
    .lean<StoredRepresentative[]>();
  const memberIds = [...new Set(representatives.map(({ memberId }) => String(memberId)))];
  const members = await MemberModel.find({ _id: { $in: memberIds } })
    .select({ status: 1, shortName: 1 })
    .lean<Pick<Member, '_id' | 'status' | 'shortName'>[]>();
  const memberById = new Map(members.map((member) => [String(member._id), member]));
  return representatives.flatMap((representative) => {
    const member = memberById.get(String(representative.memberId));
    const chats = representative.telegram
      .filter((link) => !link.blockedAt)
      .map(({ telegramUserId, chatId }) => ({ telegramUserId, chatId }));
    if (!member || chats.length === 0 || !checkAccess({ member, representative, now }).allowed) return [];
    return [
      {
        representativeId: representative._id,
        memberId: representative.memberId,
        memberShortName: member.shortName,
        settings: notificationSettingsOf(representative.notificationSettings),
        chats,
      },
    ];
  });
}
