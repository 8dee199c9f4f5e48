import type { NotificationSettings } from './notification-settings.js';
import { findNotificationSettings, saveNotificationSettings } from './notification-settings.repository.js';

/** Switches pushes on or off; the switches not given stay as they are. */
export async function updateNotificationSettings(
  representativeId: string,
  changes: Partial<NotificationSettings>,
): Promise<NotificationSettings> {
  await saveNotificationSettings(representativeId, changes);
  return findNotificationSettings(representativeId);
}
