import { Types } from 'mongoose';
import type { Principal } from '../sessions/principal.js';
import type { AuditAction } from './audit-actions.js';
import { AuditEntryModel } from './audit-entry.model.js';

export interface AuditContext {
  principal: Principal | undefined;
  ip?: string | null;
  requestId?: string | null;
}

export interface AuditRecord {
  action: AuditAction;
  target?: { kind: string; id?: Types.ObjectId | string | null; memberId?: Types.ObjectId | string | null };
  /** Field names and ids only; never personal data. */
  changes?: Record<string, unknown>;
}

const asId = (id: Types.ObjectId | string | null | undefined) => (id ? new Types.ObjectId(String(id)) : null);

/** Writes who saw or changed what, from where (152-FZ: staff access to personal data is logged). */
export async function recordAudit(context: AuditContext, record: AuditRecord): Promise<void> {
  const principal = context.principal;
  await AuditEntryModel.create({
    actor: principal
      ? principal.kind === 'staff'
        ? { kind: 'staff', id: asId(principal.staffId), role: principal.role }
        : { kind: 'representative', id: asId(principal.representativeId), role: null }
      : { kind: 'system', id: null, role: null },
    action: record.action,
    target: {
      kind: record.target?.kind ?? null,
      id: asId(record.target?.id),
      memberId: asId(record.target?.memberId),
    },
    ip: context.ip ?? null,
    requestId: context.requestId ?? null,
    changes: record.changes ?? null,
  });
}
