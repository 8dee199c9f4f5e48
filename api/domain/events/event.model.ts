import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

export const EVENT_KINDS = ['seminar', 'meeting', 'session', 'general_assembly'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A seminar, meeting, session or general assembly in the SRO's calendar. */
const eventSchema = new Schema(
  {
    title: { type: String, required: true, trim: true },
    kind: { type: String, enum: EVENT_KINDS, required: true },
    startsAt: { type: Date, required: true },
    endsAt: { type: Date, required: true },
    location: { type: String, default: null },
    /** The video-conference link. */
    videoUrl: { type: String, default: null },
    description: { type: String, default: '' },
    /** The members invited; empty means every member. */
    audience: { type: [{ type: Schema.Types.ObjectId, ref: 'Member' }], default: [] },
  },
  { timestamps: true, versionKey: false },
);

eventSchema.pre('validate', function () {
  if (this.endsAt < this.startsAt)
    this.invalidate('endsAt', 'Событие не может закончиться раньше, чем началось');
});

// the calendar and the iCal feed: events from a date on
eventSchema.index({ startsAt: 1 });
// a member's upcoming events in the cabinet: those not over yet
eventSchema.index({ endsAt: 1 });

export type SroEvent = Plain<InferSchemaType<typeof eventSchema>>;
eventSchema.plugin(invalidatesReadCache, { scope: 'shared' });
export const EventModel = model('Event', eventSchema);
