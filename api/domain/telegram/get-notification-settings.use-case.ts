import type { NotificationSettings } from './notification-settings.js';
import { findNotificationSettings } from './notification-settings.repository.js';

/** Which pushes the representative gets in Telegram. */
export function getNotificationSettings(representativeId: string): Promise<NotificationSettings> {
  return findNotificationSettings(representativeId);
}
