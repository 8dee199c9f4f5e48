import type { Notification } from '../notifications/notification.model.js';
import { listNotificationsForMember } from '../notifications/notifications.repository.js';
import type { Page, PageRequest } from '../shared/page.js';

/** The notifications the SRO sent to the member or to every member, latest first. */
export function listMemberNotifications(memberId: string, page: PageRequest): Promise<Page<Notification>> {
  return listNotificationsForMember(memberId, page);
}
