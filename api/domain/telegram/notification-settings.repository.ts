import type { Types } from 'mongoose';
import { RepresentativeModel } from '../representatives/representative.model.js';
import { notificationSettingsOf, type NotificationSettings } from './notification-settings.js';

type Id = Types.ObjectId | string;

export async function findNotificationSettings(representativeId: Id): Promise<NotificationSettings> {
  const found = await RepresentativeModel.findById(representativeId)
    .select({ notificationSettings: 1 })
    .lean<{ notificationSettings?: Partial<NotificationSettings> }>();
  return notificationSettingsOf(found?.notificationSettings);
}

/** Sets the given switches one field each, so that two changes made at once do not undo each other. */
export async function saveNotificationSettings(
  representativeId: Id,
  changes: Partial<NotificationSettings>,
): Promise<void> {
  const fields = Object.entries(changes).map(([setting, on]) => [`notificationSettings.${setting}`, on]);
  if (fields.length === 0) return;
  await RepresentativeModel.updateOne({ _id: representativeId }, { $set: Object.fromEntries(fields) });
}
