import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

/** `pending`: created by staff, the activation link not yet followed. */
export const REPRESENTATIVE_STATUSES = ['pending', 'active', 'suspended'] as const;
export type RepresentativeStatus = (typeof REPRESENTATIVE_STATUSES)[number];

const telegramLinkSchema = new Schema(
  {
    telegramUserId: { type: Number, required: true },
    chatId: { type: Number, required: true },
    linkedAt: { type: Date, required: true },
    /** Set when Telegram refused a push because the person blocked the bot; such a link gets no more pushes. */
    blockedAt: { type: Date, default: null },
  },
  { _id: false },
);

/** Which pushes the person wants in Telegram; everything is on until switched off. */
const notificationSettingsSchema = new Schema(
  {
    newLetters: { type: Boolean, default: true },
    appealStatus: { type: Boolean, default: true },
    eventReminders: { type: Boolean, default: true },
    duesDebt: { type: Boolean, default: true },
    insuranceExpiry: { type: Boolean, default: true },
    reportDeadlines: { type: Boolean, default: true },
    odoUsage: { type: Boolean, default: true },
  },
  { _id: false },
);

const acceptedRegulationSchema = new Schema(
  {
    versionId: { type: Schema.Types.ObjectId, ref: 'RegulationVersion', required: true },
    version: { type: String, required: true },
    acceptedAt: { type: Date, required: true },
  },
  { _id: false },
);

/** A person the member authorized in writing to use the cabinet (a «Пользователь» of the regulation). */
const representativeSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'Member', required: true },
    fullName: { type: String, required: true, trim: true },
    email: { type: String, required: true, lowercase: true, trim: true },
    phone: { type: String, default: null },
    status: { type: String, enum: REPRESENTATIVE_STATUSES, required: true, default: 'pending' },
    emailConfirmedAt: { type: Date, default: null },
    passwordHash: { type: String, default: null, select: false },
    passwordChangedAt: { type: Date, default: null },
    suspendedAt: { type: Date, default: null },
    suspendReason: { type: String, default: null },
    /** The instant the written authority ends; null when it does not expire. */
    authorityExpiresAt: { type: Date, default: null },
    acceptedRegulation: { type: acceptedRegulationSchema, default: null },
    telegram: { type: [telegramLinkSchema], default: [] },
    notificationSettings: { type: notificationSettingsSchema, default: () => ({}) },
  },
  { timestamps: true, versionKey: false },
);

// sign-in by the member's INN and the person's e-mail; one account per member and e-mail
representativeSchema.index({ memberId: 1, email: 1 }, { unique: true });
// password reset and staff search by e-mail across members
representativeSchema.index({ email: 1 });
// the bot finds the accounts linked to the Telegram user of an update
representativeSchema.index({ 'telegram.telegramUserId': 1 });

export type Representative = Plain<InferSchemaType<typeof representativeSchema>>;
representativeSchema.plugin(invalidatesReadCache, { scope: 'shared' });
export const RepresentativeModel = model('Representative', representativeSchema);
