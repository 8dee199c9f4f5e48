import type { MemberRecordName } from '../audit/audit-actions.js';
import type { Model, Types } from 'mongoose';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { guardWrite, saveChanges } from './document-changes.js';

/** A collection of records that belong to one member: inspections, contracts, dues… */
export interface MemberRecordKind {
  /** Names the record in the audit log: `inspection` → `inspection.created`. */
  name: MemberRecordName;
  // The kinds' document shapes differ; records cross this boundary as plain objects validated by the schemas.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  model: Model<any>;
  /** The record's natural date; lists start from the latest. */
  sortField: string;
  /** Why a unique index refused a record, where the kind has one. */
  duplicateMessage?: string;
}

export type MemberRecord = Record<string, unknown> & { _id: Types.ObjectId; memberId: Types.ObjectId };

type Id = Types.ObjectId | string;

export function findMemberRecordPage(
  kind: MemberRecordKind,
  memberId: Id,
  pageRequest: PageRequest,
): Promise<Page<MemberRecord>> {
  return findPage(
    kind.model,
    { filter: { memberId }, sort: { [kind.sortField]: -1, _id: -1 } },
    pageRequest,
  ) as Promise<Page<MemberRecord>>;
}

export function insertMemberRecord(
  kind: MemberRecordKind,
  memberId: Id,
  data: Record<string, unknown>,
): Promise<MemberRecord> {
  return guardWrite(
    async () => (await kind.model.create({ ...data, memberId })).toObject() as MemberRecord,
    kind.duplicateMessage,
  );
}

/** Changes a record of this member; null when the member has no such record. */
export async function applyMemberRecordChanges(
  kind: MemberRecordKind,
  memberId: Id,
  id: Id,
  patch: Record<string, unknown>,
): Promise<{ record: MemberRecord; fields: string[] } | null> {
  const document = await kind.model.findOne({ _id: id, memberId });
  if (!document) return null;
  const fields = await guardWrite(() => saveChanges(document, patch), kind.duplicateMessage);
  return { record: document.toObject() as MemberRecord, fields };
}

/** Deletes a record of this member; false when the member has no such record. */
export async function removeMemberRecord(kind: MemberRecordKind, memberId: Id, id: Id): Promise<boolean> {
  const { deletedCount } = await kind.model.deleteOne({ _id: id, memberId });
  return deletedCount > 0;
}
