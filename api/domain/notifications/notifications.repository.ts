import type { Types } from 'mongoose';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { NotificationModel, type Notification } from './notification.model.js';

/** A member's feed: notifications sent to it and those sent to every member, latest first. */
export function listNotificationsForMember(
  memberId: Types.ObjectId | string,
  page: PageRequest,
): Promise<Page<Notification>> {
  return findPage(
    NotificationModel,
    { filter: { memberId: { $in: [memberId, null] } }, sort: { createdAt: -1, _id: -1 } },
    page,
  );
}

/** A sent notification with its member (null: to every member) and author named. */
export type SentNotification = Omit<Notification, 'memberId' | 'createdBy'> & {
  memberId: { _id: Types.ObjectId; shortName: string; inn: string } | null;
  createdBy: { _id: Types.ObjectId; fullName: string } | null;
};

/** Everything the SRO has sent, latest first (the `_id` index gives creation order without a sort in memory). */
export async function listSentNotifications(page: PageRequest): Promise<Page<SentNotification>> {
  const found = await findPage(
    NotificationModel,
    {
      filter: {},
      sort: { _id: -1 },
      populate: { path: 'memberId createdBy', select: { shortName: 1, inn: 1, fullName: 1 } },
    },
    page,
  );
  return found as unknown as Page<SentNotification>;
}

export type NewNotification = Pick<Notification, 'memberId' | 'kind' | 'title' | 'text' | 'createdBy'>;

export async function insertNotifications(notifications: NewNotification[]): Promise<Notification[]> {
  const created = await NotificationModel.insertMany(notifications);
  return created.map((notification) => notification.toObject<Notification>());
}
