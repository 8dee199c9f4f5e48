import { z } from 'zod';
import { APPEAL_CATEGORIES } from '../../domain/appeals/appeal-category.js';
import { APPEAL_STATUSES, SIGNATURE_STATUSES } from '../../domain/appeals/appeal.model.js';
import { MEMBER_STATUSES } from '../../domain/members/member.model.js';
import { ORDERED_PERIOD_ERROR, orderedPeriod, periodQueryShape } from '../shared/date-range.schema.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';
import { searchText } from '../staff-registry/list-query.js';
import { pageQuerySchema } from '../pagination.js';
import { objectIdSchema } from '../params.js';
import {
  filesField,
  flagSchema,
  letterTextSchema,
  listOf,
  memberRefSchema,
  problemResponse,
  requiredIdSchema,
  staffFileSchema,
  staffRefSchema,
} from './staff-correspondence.schema.js';

export const appealsInboxQuerySchema = pageQuerySchema
  .extend({
    status: listOf(z.enum(APPEAL_STATUSES, { error: 'Неизвестный статус обращения' })).optional(),
    category: z.enum(APPEAL_CATEGORIES, { error: 'Неизвестная категория обращения' }).optional(),
    memberId: objectIdSchema.optional(),
    assignedExpertId: objectIdSchema.optional(),
    mine: flagSchema.optional().meta({ description: 'true — только обращения, назначенные мне' }),
    overdue: flagSchema
      .optional()
      .meta({ description: 'true — только открытые обращения с истекшим сроком ответа' }),
    ...periodQueryShape,
    number: z
      .string({ error: 'Номер — строка' })
      .trim()
      .min(1, { error: 'Укажите часть регистрационного номера' })
      .max(40, { error: 'Номер — не длиннее 40 знаков' })
      .optional()
      .meta({ description: 'Часть регистрационного номера' }),
    member: searchText
      .optional()
      .meta({ description: 'Член СРО: часть наименования, ИНН или реестровый номер' }),
    sort: z
      .enum(['createdAt', '-createdAt', 'dueAt', '-dueAt'], {
        error: 'Сортировка: createdAt, -createdAt, dueAt или -dueAt',
      })
      .default('createdAt'),
  })
  .refine(orderedPeriod, ORDERED_PERIOD_ERROR)
  .refine((query) => !(query.mine && query.assignedExpertId), {
    error: 'Укажите либо mine, либо assignedExpertId',
    path: ['mine'],
  });

export const assignAppealBodySchema = z.object({
  expertId: requiredIdSchema('Выберите эксперта').meta({ description: 'Действующий сотрудник СРО' }),
});

export const changeAppealStatusBodySchema = z.object({
  status: z.enum(['registered', 'in_progress', 'rejected'], {
    error: 'Выберите статус: зарегистрировано, в работе или отклонено (ответ даётся через «Ответить»)',
  }),
  comment: z
    .string({ error: 'Комментарий — строка' })
    .trim()
    .max(2000, { error: 'Комментарий — не длиннее 2000 знаков' })
    .optional()
    .transform((comment) => comment || null),
});

export const inboxAppealSchema = z
  .object({
    id: idSchema,
    registrationNumber: z.string(),
    category: z.enum(APPEAL_CATEGORIES),
    categoryTitle: z.string(),
    status: z.enum(APPEAL_STATUSES),
    statusLabel: z.string(),
    member: memberRefSchema.nullable(),
    expert: staffRefSchema.nullable(),
    createdAt: dateTimeSchema,
    dueAt: dateTimeSchema,
    overdue: z.boolean(),
    signatureStatus: z.enum(SIGNATURE_STATUSES),
    signatureNeedsCheck: z
      .boolean()
      .meta({ description: 'Подпись не проверена автоматически: проверьте вручную' }),
  })
  .meta({ id: 'StaffInboxAppeal' });

export const staffAppealSchema = inboxAppealSchema
  .extend({
    details: z.record(z.string(), z.unknown()),
    detailItems: z
      .array(z.object({ label: z.string(), value: z.string() }))
      .meta({ description: 'Подробности обращения по-русски: название и значение' }),
    text: z.string(),
    attachments: z.array(staffFileSchema),
    signature: z.object({
      status: z.enum(SIGNATURE_STATUSES),
      label: z.string(),
      needsManualCheck: z.boolean(),
      signer: z.object({
        fullName: z.string().nullable(),
        inn: z.string().nullable(),
        ogrn: z.string().nullable(),
        title: z.string().nullable(),
      }),
      note: z.string().nullable(),
      documentUrl: z.string().nullable(),
      signatureUrl: z.string().nullable(),
    }),
    statusHistory: z.array(
      z.object({
        status: z.enum(APPEAL_STATUSES),
        statusLabel: z.string(),
        at: dateTimeSchema,
        by: staffRefSchema.nullable(),
        comment: z.string().nullable(),
      }),
    ),
    nextStatuses: z
      .array(z.enum(APPEAL_STATUSES))
      .meta({ description: 'Куда обращение можно перевести сейчас' }),
    memberCard: z
      .object({
        id: idSchema,
        shortName: z.string(),
        fullName: z.string(),
        inn: z.string(),
        ogrn: z.string(),
        registryNumber: z.string(),
        status: z.enum(MEMBER_STATUSES),
        statusLabel: z.string(),
      })
      .nullable(),
    representative: z.object({ id: idSchema, fullName: z.string() }).nullable(),
    answerLetter: z.object({ id: idSchema, registrationNumber: z.string() }).nullable(),
  })
  .meta({ id: 'StaffAppeal' });

export const appealStateSchema = z
  .object({
    id: idSchema,
    registrationNumber: z.string(),
    status: z.enum(APPEAL_STATUSES),
    statusLabel: z.string(),
    assignedExpertId: idSchema.nullable(),
    answerLetterId: idSchema.nullable(),
    historyLength: z.number().int(),
  })
  .meta({ id: 'StaffAppealState' });

export const answerAppealBodySchema = z.object({
  text: letterTextSchema,
  files: filesField,
});

export const appealAnswerSchema = z
  .object({
    appeal: appealStateSchema,
    letter: z.object({ id: idSchema, registrationNumber: z.string() }),
  })
  .meta({ id: 'StaffAppealAnswer' });

export const STAFF_APPEALS_ROUTE = { tags: ['Обращения (сотрудники)'], auth: 'staff' as const };

export const APPEAL_CHANGE_RESPONSES = {
  404: problemResponse('Обращение не найдено'),
  409: problemResponse('Из текущего статуса так нельзя, или обращение только что изменил другой сотрудник'),
  422: problemResponse('Запрос не может быть выполнен'),
};

export const appealCountsSchema = z
  .object({
    new: z.number().int().meta({ description: 'Поданы и ещё не взяты в работу' }),
    overdue: z.number().int().meta({ description: 'Открытые с истекшим сроком ответа' }),
    mine: z.number().int().meta({ description: 'Открытые, назначенные мне' }),
  })
  .meta({ id: 'StaffAppealCounts' });
