import type { Types } from 'mongoose';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { EventModel, type SroEvent } from './event.model.js';

type Id = Types.ObjectId | string;

/** Events for every member (empty audience) and those the member is invited to by name. */
const invitedMember = (memberId: Id) => ({ $or: [{ audience: { $size: 0 } }, { audience: memberId }] });

export interface MemberEventsFilter {
  memberId: Id;
  /** Events not over by then. */
  from: Date;
  /** Events starting by then. */
  to?: Date;
}

/** The events a member is invited to that overlap the period, in order of their start. */
export function listEventsForMember(filter: MemberEventsFilter, page: PageRequest): Promise<Page<SroEvent>> {
  return findPage(
    EventModel,
    {
      filter: {
        ...invitedMember(filter.memberId),
        endsAt: { $gte: filter.from },
        ...(filter.to ? { startsAt: { $lte: filter.to } } : {}),
      },
      sort: { startsAt: 1, _id: 1 },
    },
    page,
  );
}

/** The first event the member is invited to that is not over yet; null when there is none. */
export function findNextEventForMember(memberId: Id, now: Date): Promise<SroEvent | null> {
  return EventModel.findOne({ ...invitedMember(memberId), endsAt: { $gte: now } })
    .sort({ startsAt: 1, _id: 1 })
    .lean<SroEvent>();
}
