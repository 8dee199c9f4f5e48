import type { Types } from 'mongoose';
import { guardWrite, saveChanges } from '../registry/document-changes.js';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { EventModel, type SroEvent } from './event.model.js';

export interface EventPeriod {
  /** Events still going on at or after this instant. */
  from?: Date;
  /** Events starting at or before this instant. */
  to?: Date;
}

export function findEventPage(
  { from, to }: EventPeriod,
  order: 'asc' | 'desc',
  pageRequest: PageRequest,
): Promise<Page<SroEvent>> {
  const direction = order === 'asc' ? 1 : -1;
  return findPage(
    EventModel,
    {
      filter: { ...(from ? { endsAt: { $gte: from } } : {}), ...(to ? { startsAt: { $lte: to } } : {}) },
      sort: { startsAt: direction, _id: direction },
    },
    pageRequest,
  );
}

export function findEventById(id: Types.ObjectId | string): Promise<SroEvent | null> {
  return EventModel.findById(id).lean<SroEvent>();
}

export function insertEvent(data: Record<string, unknown>): Promise<SroEvent> {
  return guardWrite(async () => (await EventModel.create(data)).toObject() as SroEvent);
}

/** Changes an event; null when there is no such event. */
export async function applyEventChanges(
  id: Types.ObjectId | string,
  patch: Record<string, unknown>,
): Promise<{ event: SroEvent; fields: string[] } | null> {
  const document = await EventModel.findById(id);
  if (!document) return null;
  const fields = await guardWrite(() => saveChanges(document, patch));
  return { event: document.toObject() as SroEvent, fields };
}

export async function removeEvent(id: Types.ObjectId | string): Promise<boolean> {
  const { deletedCount } = await EventModel.deleteOne({ _id: id });
  return deletedCount > 0;
}
