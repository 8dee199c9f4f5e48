import { z } from 'zod';
import { MEMBER_KINDS, MEMBER_STATUSES } from '../../domain/members/member.model.js';
import { OBJECT_KINDS, WORK_RIGHT_STATUSES } from '../../domain/members/work-right.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';

const WORK_KINDS = ['construction', 'reconstruction', 'majorRepair', 'demolition'] as const;

export const memberCardSchema = z
  .object({
    id: idSchema,
    kind: z.enum(MEMBER_KINDS),
    kindLabel: z.string(),
    fullName: z.string(),
    shortName: z.string(),
    inn: z.string(),
    ogrn: z.string().meta({ description: 'ОГРН организации или ОГРНИП предпринимателя' }),
    ogrnLabel: z.enum(['ОГРН', 'ОГРНИП']),
    kpp: z.string().nullable(),
    registryNumber: z.string(),
    admissionDate: dateTimeSchema,
    status: z.enum(MEMBER_STATUSES),
    statusLabel: z.string(),
    statusSince: dateTimeSchema,
    statusHistory: z.array(
      z.object({
        status: z.enum(MEMBER_STATUSES),
        statusLabel: z.string(),
        since: dateTimeSchema,
        reason: z.string().nullable(),
      }),
    ),
    excludedAt: dateTimeSchema.nullable(),
    head: z.object({ fullName: z.string(), position: z.string() }),
    addresses: z.object({
      legal: z.string().nullable(),
      postal: z.string().nullable(),
      actual: z.string().nullable(),
    }),
    contacts: z.object({
      phone: z.string().nullable(),
      email: z.string().nullable(),
      website: z.string().nullable(),
    }),
  })
  .meta({ id: 'CabinetMemberCard' });

export const workRightSchema = z
  .object({
    status: z.enum(WORK_RIGHT_STATUSES),
    statusLabel: z.string(),
    since: dateTimeSchema.nullable(),
    works: z.array(z.object({ kind: z.enum(WORK_KINDS), label: z.string(), allowed: z.boolean() })),
    objectKinds: z.array(z.object({ kind: z.enum(OBJECT_KINDS), label: z.string() })),
  })
  .meta({ id: 'CabinetWorkRight' });
