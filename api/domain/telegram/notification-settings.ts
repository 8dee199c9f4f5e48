/** The pushes a representative may switch off in the bot. */
export const NOTIFICATION_SETTINGS = [
  'newLetters',
  'appealStatus',
  'eventReminders',
  'duesDebt',
  'insuranceExpiry',
  'reportDeadlines',
  'odoUsage',
] as const;
export type NotificationSetting = (typeof NOTIFICATION_SETTINGS)[number];
export type NotificationSettings = Record<NotificationSetting, boolean>;

/** Stored settings with every missing one on, as it is until the person switches it off. */
export function notificationSettingsOf(
  stored: Partial<NotificationSettings> | null | undefined,
): NotificationSettings {
  return Object.fromEntries(
    NOTIFICATION_SETTINGS.map((setting) => [setting, stored?.[setting] ?? true]),
  ) as NotificationSettings;
}
