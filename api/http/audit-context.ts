import type { Request } from 'express';
import type { AuditContext } from '../domain/audit/record-audit.use-case.js';

/** Who is acting and from where, for the audit log. */
export function auditContext(req: Request): AuditContext {
  return { principal: req.principal, ip: req.ip ?? null, requestId: String(req.id) };
}
