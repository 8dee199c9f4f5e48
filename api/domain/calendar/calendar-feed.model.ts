import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

/**
 * A representative's secret calendar address. `_id` is the representative's id, so the first one is made by a unique
 * insert however many requests ask at once. The token is kept as is: it has to be shown again, and it gives read
 * access to dates only; rotating it (or a password change) makes the old address stop working.
 */
const calendarFeedSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, ref: 'Representative', required: true },
    token: { type: String, required: true },
    /** A hash of the feed as last served, and since when it reads so: the feed's ETag and Last-Modified. */
    version: { type: String, default: null },
    changedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false, collection: 'calendar_feeds' },
);

// the feed finds its representative by the token in the address
calendarFeedSchema.index({ token: 1 }, { unique: true });

export type CalendarFeed = Plain<InferSchemaType<typeof calendarFeedSchema>>;
export const CalendarFeedModel = model('CalendarFeed', calendarFeedSchema);
