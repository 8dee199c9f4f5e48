import { z } from 'zod';
import { ACTOR_KINDS } from '../../domain/audit/audit-entry.model.js';
import { pageQuerySchema } from '../pagination.js';
import { objectIdSchema } from '../params.js';
import { id, instant } from './answers.js';
import { text } from './fields.js';
import { periodQuery } from './list-query.js';

export const auditQuerySchema = pageQuerySchema.extend({
  actorId: objectIdSchema.optional(),
  memberId: objectIdSchema.optional(),
  action: text(100).optional().meta({ description: 'Действие, например member.read' }),
  ...periodQuery,
});

export const auditEntrySchema = z
  .object({
    id,
    at: instant,
    actor: z.object({
      kind: z.enum(ACTOR_KINDS),
      id: id.nullable(),
      role: z.string().nullable(),
      fullName: z
        .string()
        .nullable()
        .meta({ description: 'Имя сотрудника; null — представитель или система' }),
    }),
    action: z.string(),
    target: z.object({
      kind: z.string().nullable(),
      id: id.nullable(),
      memberId: id.nullable(),
      memberName: z.string().nullable().meta({ description: 'Краткое наименование члена СРО' }),
    }),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    changes: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({ description: 'Имена полей и идентификаторы' }),
  })
  .meta({ id: 'RegistryAuditEntry', description: 'Кто, когда и откуда посмотрел или изменил данные' });
