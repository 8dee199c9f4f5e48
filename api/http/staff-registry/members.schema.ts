import { z } from 'zod';
import { MAX_LEVEL, MIN_LEVEL, type Fund } from '../../domain/levels/fund.js';
import { MEMBER_KINDS, MEMBER_STATUSES } from '../../domain/members/member.model.js';
import { innSchema, ogrnSchema } from '../../domain/members/tax-ids.js';
import { OBJECT_KINDS, WORK_RIGHT_STATUSES } from '../../domain/members/work-right.js';
import { id, instant, timestamps } from './answers.js';
import { choice, date, email, flag, group, listOf, optionalText, patchOf, text, webLink } from './fields.js';
import { booleanQuery, listQuery, searchText } from './list-query.js';

/** A responsibility level of the fund, with the fund's range in the messages. */
const levelIn = (fund: Fund, number: (params: { error: string }) => z.ZodNumber, orNull = '') => {
  const expected = `Укажите уровень числом от ${MIN_LEVEL[fund]} до ${MAX_LEVEL}${orNull}`;
  const range = `Уровни этого фонда — от ${MIN_LEVEL[fund]} до ${MAX_LEVEL}`;
  return number({ error: expected }).int(expected).min(MIN_LEVEL[fund], range).max(MAX_LEVEL, range);
};

const head = group({ fullName: text(300), position: text(300) });

const memberShape = z.object({
  kind: choice(MEMBER_KINDS),
  fullName: text(1000),
  shortName: text(300),
  inn: innSchema,
  ogrn: ogrnSchema,
  kpp: z
    .string()
    .trim()
    .regex(
      /^\d{4}[\dA-Z]{2}\d{3}$/,
      'КПП — 9 знаков: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры',
    )
    .nullable()
    .optional(),
  registryNumber: text(50),
  admissionDate: date,
  head,
  addresses: group({
    legal: optionalText(500),
    postal: optionalText(500),
    actual: optionalText(500),
  }).optional(),
  contacts: group({
    phone: optionalText(50),
    email: email.nullable().optional(),
    website: webLink.nullable().optional(),
  }).optional(),
});

export const createMemberSchema = memberShape;
/** Nested objects are merged into the stored ones, so a change may name only some of their fields. */
export const updateMemberSchema = patchOf(memberShape.extend({ head: head.partial() }));

export const memberListQuerySchema = listQuery(['shortName', 'registryNumber', 'admissionDate'], {
  sort: 'shortName',
  order: 'asc',
}).extend({
  status: choice(MEMBER_STATUSES).optional(),
  kind: choice(MEMBER_KINDS).optional(),
  q: searchText.optional().meta({ description: 'Часть наименования, ИНН или реестровый номер' }),
  vvLevel: levelIn('vv', z.coerce.number).optional().meta({ description: 'Уровень ответственности в КФ ВВ' }),
  odoLevel: levelIn('odo', z.coerce.number)
    .optional()
    .meta({ description: 'Уровень ответственности в КФ ОДО' }),
  hasDuesDebt: booleanQuery
    .optional()
    .meta({ description: 'true — только с просроченными членскими взносами, false — только без них' }),
});

export const memberStatusSchema = z
  .object({
    status: choice(MEMBER_STATUSES),
    since: date.optional().meta({ description: 'С какого момента; по умолчанию — сейчас' }),
    reason: optionalText(1000),
  })
  .refine((change) => change.status === 'member' || Boolean(change.reason), {
    path: ['reason'],
    message: 'Укажите основание: решение органа СРО, его дату и номер',
  });

export const workRightSchema = z.object({
  construction: flag,
  reconstruction: flag,
  majorRepair: flag,
  demolition: flag,
  objectKinds: listOf(choice(OBJECT_KINDS), OBJECT_KINDS.length),
  status: choice(WORK_RIGHT_STATUSES),
  since: date.nullable().default(null),
});

const levelOf = (fund: Fund) => levelIn(fund, z.number, ' или null').nullable();

export const memberLevelsSchema = z.object({ vv: levelOf('vv'), odo: levelOf('odo') });

const nullableText = z.string().nullable();

export const memberSchema = z
  .object({
    id,
    kind: z.enum(MEMBER_KINDS),
    fullName: z.string(),
    shortName: z.string(),
    inn: z.string(),
    ogrn: z.string(),
    kpp: nullableText,
    registryNumber: z.string(),
    admissionDate: instant,
    status: z.enum(MEMBER_STATUSES),
    statusSince: instant,
    statusHistory: z.array(
      z.object({ status: z.enum(MEMBER_STATUSES), since: instant, reason: nullableText.optional() }),
    ),
    excludedAt: instant.nullable(),
    head: z.object({ fullName: z.string(), position: z.string() }),
    addresses: z.object({ legal: nullableText, postal: nullableText, actual: nullableText }),
    contacts: z.object({ phone: nullableText, email: nullableText, website: nullableText }),
    workRight: z.object({
      construction: z.boolean(),
      reconstruction: z.boolean(),
      majorRepair: z.boolean(),
      demolition: z.boolean(),
      objectKinds: z.array(z.enum(OBJECT_KINDS)),
      status: z.enum(WORK_RIGHT_STATUSES),
      since: instant.nullable(),
    }),
    levels: z.object({ vv: z.number().int().nullable(), odo: z.number().int().nullable() }),
    ...timestamps,
  })
  .meta({ id: 'RegistryMember', description: 'Карточка члена СРО в реестре' });
