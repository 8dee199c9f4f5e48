import type { Types } from 'mongoose';
import { DomainError } from '../shared/domain-error.js';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import {
  RepresentativeModel,
  type Representative,
  type RepresentativeStatus,
} from './representative.model.js';

export interface RepresentativeFilter {
  memberId?: string;
  status?: RepresentativeStatus;
}

/** Staff's list of representatives, newest first; the password hash is never read. */
export function listRepresentatives(
  filter: RepresentativeFilter,
  page: PageRequest,
): Promise<Page<Representative>> {
  return findPage(
    RepresentativeModel,
    {
      filter: {
        ...(filter.memberId ? { memberId: filter.memberId } : {}),
        ...(filter.status ? { status: filter.status } : {}),
      },
      sort: { createdAt: -1, _id: -1 },
    },
    page,
  );
}

/** The names of several representatives, by id, in one query; nothing else about them is read. */
export async function representativeNamesByIds(ids: readonly Types.ObjectId[]) {
  const unique = [...new Set(ids.map(String))];
  const found = unique.length
    ? await RepresentativeModel.find({ _id: { $in: unique } })
        .select({ fullName: 1 })
        .lean<{ _id: Types.ObjectId; fullName: string }[]>()
    : [];
  return new Map(found.map((person) => [String(person._id), person]));
}

export async function requireRepresentative(id: Types.ObjectId | string): Promise<Representative> {
  const representative = await RepresentativeModel.findById(id).lean<Representative>();
  if (!representative) throw new DomainError('not_found', 'Представитель не найден.');
  return representative;
}

/**
 * Applies a change and answers the representative as it is afterwards. An update then a read: FerretDB refuses
 * findOneAndUpdate with the projection that hides the password hash.
 */
export async function updateRepresentative(
  id: Types.ObjectId,
  change: Partial<Pick<Representative, 'status' | 'suspendedAt' | 'suspendReason'>>,
): Promise<Representative> {
  await RepresentativeModel.updateOne({ _id: id }, { $set: change });
  return requireRepresentative(id);
}
