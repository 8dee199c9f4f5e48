import type { Types } from 'mongoose';
import type { LinkedAudience } from '../linked-representatives.repository.js';
import type { NotificationSetting } from '../notification-settings.js';

/** An inline button; the bot answers its callback data (`letter:<id>`, `appeal:<id>`). */
export interface PushButton {
  text: string;
  callbackData: string;
}

/** Opens the bot's main screen below the push. */
export const OPEN_CABINET: PushButton = { text: '🏠 Открыть кабинет', callbackData: 'push:menu' };

/** What a push says and to whom, before it is addressed to chats. */
export interface PushContent {
  audience: LinkedAudience;
  /** The switch in the person's settings that lets it through; null: always sent (a maintenance notice, §6.2). */
  setting: NotificationSetting | null;
  text: string;
  button: PushButton | null;
  /** The letter announced, whose delivery record the push adds to. */
  letterId?: Types.ObjectId;
}

/** Makes a push from an outbox message's payload, reading what it announces as it is now; null: nothing to say. */
export type PushRenderer = (payload: Record<string, unknown>, now: Date) => Promise<PushContent | null>;
