import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../domain/audit/audit-actions.js';
import { ACTOR_KINDS } from '../../domain/audit/audit-entry.model.js';
import { pageQuerySchema } from '../pagination.js';
import { objectIdSchema } from '../params.js';
import { id, instant } from './answers.js';
import { periodQuery } from './list-query.js';

export const auditQuerySchema = pageQuerySchema.extend({
  actorId: objectIdSchema.optional(),
  memberId: objectIdSchema.optional(),
  action: z.enum(AUDIT_ACTIONS).optional().meta({ description: 'Действие, например member.read' }),
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
    action: z.string().meta({ description: 'Код действия, например member.read' }),
    actionLabel: z.string().meta({ description: 'Действие словами, например «Просмотр карточки члена СРО»' }),
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

export const auditActionsSchema = z
  .object({
    items: z.array(
      z.object({
        code: z.enum(AUDIT_ACTIONS),
        label: z.string(),
      }),
    ),
  })
  .meta({ id: 'AuditActions', description: 'Все действия, которые записывает журнал аудита' });
