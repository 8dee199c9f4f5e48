import { z } from 'zod';
import { FUNDS, MAX_LEVEL } from '../levels/fund.js';
import { OBJECT_KINDS } from '../members/work-right.js';

/** A date from JSON (`2026-01-31`) or a Date; anything unreadable is refused with the message. */
function dateInput(message: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' || typeof value === 'number' ? new Date(value) : value),
    z.date({ error: message }),
  );
}

function optionalText(label: string) {
  return z
    .string({ error: `${label} — строка` })
    .trim()
    .min(1, { error: `${label} не может быть пустым` })
    .max(100, { error: `${label} — не длиннее 100 знаков` })
    .optional();
}

function details<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape, { error: 'Заполните сведения обращения' });
}

export const REGISTRY_EXTRACT_DELIVERIES = ['electronic', 'paper_pickup'] as const;
export const ACCOUNTING_DOCUMENT_KINDS = ['reconciliation_act', 'invoice', 'act', 'other'] as const;

export const registryExtractDetailsSchema = details({
  copies: z
    .number({ error: 'Укажите количество экземпляров выписки' })
    .int({ error: 'Количество экземпляров — целое число' })
    .min(1, { error: 'Количество экземпляров выписки — от 1 до 10' })
    .max(10, { error: 'Количество экземпляров выписки — от 1 до 10' }),
  delivery: z.enum(REGISTRY_EXTRACT_DELIVERIES, {
    error:
      'Выберите способ получения: электронный документ в личный кабинет или бумажный экземпляр в офисе СРО',
  }),
});

export const accountingDocumentsDetailsSchema = details({
  documents: z
    .array(z.enum(ACCOUNTING_DOCUMENT_KINDS, { error: 'Неизвестный вид документа' }), {
      error: 'Выберите, какие документы нужны',
    })
    .min(1, { error: 'Выберите хотя бы один документ: акт сверки, счёт, акт или другой' }),
  periodFrom: dateInput('Укажите начало периода'),
  periodTo: dateInput('Укажите конец периода'),
}).refine((value) => value.periodFrom <= value.periodTo, {
  error: 'Начало периода не может быть позже его конца',
  path: ['periodTo'],
});

export const levelChangeDetailsSchema = details({
  fund: z.enum(FUNDS, { error: 'Выберите фонд: КФ ВВ или КФ ОДО' }),
  requestedLevel: z
    .number({ error: 'Укажите запрашиваемый уровень ответственности' })
    .int({ error: 'Уровень ответственности — целое число' })
    .min(0, { error: `Уровень ответственности — от 1 до ${MAX_LEVEL} (в КФ ВВ есть и упрощённый)` })
    .max(MAX_LEVEL, { error: `Уровень ответственности — от 1 до ${MAX_LEVEL} (в КФ ВВ есть и упрощённый)` }),
}).refine((value) => value.fund === 'vv' || value.requestedLevel >= 1, {
  error: 'Упрощённый уровень есть только в КФ ВВ',
  path: ['requestedLevel'],
});

export const workRightChangeDetailsSchema = details({
  /** The kinds of objects the member asks the right for, as they should be after the change. */
  objectKinds: z
    .array(z.enum(OBJECT_KINDS, { error: 'Неизвестный вид объектов' }), { error: 'Выберите виды объектов' })
    .min(1, { error: 'Выберите хотя бы один вид объектов' }),
});

export const inspectionDetailsSchema = details({
  inspectionId: z
    .string({ error: 'Неверный идентификатор проверки' })
    .regex(/^[0-9a-fA-F]{24}$/, { error: 'Неверный идентификатор проверки' })
    .toLowerCase()
    .optional(),
});

export const odoContractsDetailsSchema = details({ contractNumber: optionalText('Номер договора') });
export const insuranceDetailsSchema = details({ policyNumber: optionalText('Номер полиса') });
export const otherDetailsSchema = details({
  /** An application that changes the registry (e.g. a new address) and so must be signed. */
  registryChange: z.boolean({ error: 'Укажите, меняет ли обращение сведения реестра' }).default(false),
});

/** The category of an appeal with the details that category asks for. */
export const appealDetailsSchema = z.discriminatedUnion(
  'category',
  [
    z.object({ category: z.literal('inspection'), details: inspectionDetailsSchema.prefault({}) }),
    z.object({ category: z.literal('odo_contracts'), details: odoContractsDetailsSchema.prefault({}) }),
    z.object({ category: z.literal('level_change'), details: levelChangeDetailsSchema }),
    z.object({ category: z.literal('work_right_change'), details: workRightChangeDetailsSchema }),
    z.object({ category: z.literal('insurance'), details: insuranceDetailsSchema.prefault({}) }),
    z.object({ category: z.literal('registry_extract'), details: registryExtractDetailsSchema }),
    z.object({ category: z.literal('accounting_documents'), details: accountingDocumentsDetailsSchema }),
    z.object({ category: z.literal('other'), details: otherDetailsSchema.prefault({}) }),
  ],
  { error: 'Выберите категорию обращения' },
);

export type AppealDetails = z.output<typeof appealDetailsSchema>;
