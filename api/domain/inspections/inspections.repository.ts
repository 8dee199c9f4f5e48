import type { Types } from 'mongoose';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { InspectionModel, type Inspection, type InspectionStatus } from './inspection.model.js';

type Id = Types.ObjectId | string;

export interface InspectionFilter {
  memberId: Id;
  status?: InspectionStatus;
}

/** A member's inspections, the latest period first. */
export function listInspections(filter: InspectionFilter, page: PageRequest): Promise<Page<Inspection>> {
  return findPage(
    InspectionModel,
    {
      filter: { memberId: filter.memberId, ...(filter.status ? { status: filter.status } : {}) },
      sort: { periodFrom: -1, _id: -1 },
    },
    page,
  );
}

/** An inspection of this member; null when there is none or it concerns another member. */
export function findInspection(id: Id, memberId: Id): Promise<Inspection | null> {
  return InspectionModel.findOne({ _id: id, memberId }).lean<Inspection>();
}
