import { APPEAL_STATUS_LABELS } from '../../appeals/appeal-status.js';
import { findMemberAppeal } from '../../appeals/appeals.repository.js';
import { NOTIFICATION_KIND_LABELS } from '../../cabinet/labels.js';
import { findLetter } from '../../letters/letters.repository.js';
import { OPEN_CABINET, type PushRenderer } from './push-content.js';
import { findNotificationBrief } from './push-subjects.repository.js';

/** Telegram takes up to 4096 characters; a notification is cut well before, the rest is in the cabinet. */
const MAX_NOTIFICATION_TEXT = 3000;

const cut = (text: string) =>
  text.length <= MAX_NOTIFICATION_TEXT
    ? text
    : `${text.slice(0, MAX_NOTIFICATION_TEXT)}… (полностью — в личном кабинете)`;

/** `letter.created`: a letter from the SRO to the member. */
export const letterCreatedPush: PushRenderer = async (payload) => {
  const letter = await findLetter(String(payload.letterId), String(payload.memberId));
  if (!letter || letter.direction !== 'incoming') return null;
  return {
    audience: { memberIds: [letter.memberId] },
    setting: 'newLetters',
    text: `Новое письмо от СРО № ${letter.registrationNumber}\n«${letter.subject}»`,
    button: { text: 'Открыть письмо', callbackData: `letter:${String(letter._id)}` },
    letterId: letter._id,
  };
};

/** `appeal.status_changed`: the SRO moved an appeal of the member along. */
export const appealStatusChangedPush: PushRenderer = async (payload) => {
  const appeal = await findMemberAppeal(String(payload.memberId), String(payload.appealId));
  const status = payload.status as keyof typeof APPEAL_STATUS_LABELS;
  if (!appeal || !APPEAL_STATUS_LABELS[status]) return null;
  const answered = status === 'answered' ? '\nОтвет пришёл письмом — оно в разделе «Письма».' : '';
  return {
    audience: { memberIds: [appeal.memberId] },
    setting: 'appealStatus',
    text: `Обращение № ${appeal.registrationNumber}: ${APPEAL_STATUS_LABELS[status].toLowerCase()}.${answered}`,
    button: { text: 'Открыть обращение', callbackData: `appeal:${String(appeal._id)}` },
  };
};

/** `notification.created`: to one member or to all; a maintenance notice reaches everyone (§6.2). */
export const notificationCreatedPush: PushRenderer = async (payload) => {
  const notification = await findNotificationBrief(String(payload.notificationId));
  if (!notification) return null;
  return {
    audience: notification.memberId ? { memberIds: [notification.memberId] } : { everyMember: true },
    setting: notification.kind === 'maintenance' ? null : 'newLetters',
    text: `${NOTIFICATION_KIND_LABELS[notification.kind]} СРО: ${notification.title}\n\n${cut(notification.text)}`,
    button: OPEN_CABINET,
  };
};
