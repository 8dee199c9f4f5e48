import { Schema, model, type InferSchemaType } from 'mongoose';
import { MAX_LEVEL } from '../levels/fund.js';
import type { Plain } from '../shared/plain.js';
import { innKind, ogrnKind } from './tax-ids.js';
import { OBJECT_KINDS, WORK_RIGHT_STATUSES } from './work-right.js';
import { invalidatesReadCache } from '../../db/read-cache.js';

export const MEMBER_KINDS = ['legal', 'individual'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];
export const MEMBER_STATUSES = ['member', 'suspended', 'excluded'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
/** Members who are still in the SRO; an excluded member has no access to the cabinet. */
export const CURRENT_MEMBER_STATUSES: readonly MemberStatus[] = ['member', 'suspended'];

const statusChangeSchema = new Schema(
  {
    status: { type: String, enum: MEMBER_STATUSES, required: true },
    since: { type: Date, required: true },
    reason: { type: String, default: null },
  },
  { _id: false },
);

type OfKind = { kind?: string };

const memberSchema = new Schema(
  {
    kind: { type: String, enum: MEMBER_KINDS, required: true },
    fullName: { type: String, required: true, trim: true },
    shortName: { type: String, required: true, trim: true },
    inn: {
      type: String,
      required: true,
      validate: {
        validator: function (this: OfKind, inn: string) {
          return innKind(inn) === this.kind;
        },
        message:
          'ИНН организации — 10 цифр, ИНН индивидуального предпринимателя — 12 цифр, с верными контрольными цифрами',
      },
    },
    /** ОГРН of an organization (13 digits) or ОГРНИП of an ИП (15 digits). */
    ogrn: {
      type: String,
      required: true,
      validate: {
        validator: function (this: OfKind, ogrn: string) {
          return ogrnKind(ogrn) === this.kind;
        },
        message:
          'ОГРН организации — 13 цифр, ОГРНИП индивидуального предпринимателя — 15 цифр, с верной контрольной цифрой',
      },
    },
    kpp: {
      type: String,
      default: null,
      validate: {
        validator: function (this: OfKind, kpp: string | null) {
          return kpp === null || (this.kind === 'legal' && /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp));
        },
        message: 'КПП — 9 знаков и бывает только у организации',
      },
    },
    registryNumber: { type: String, required: true, trim: true },
    admissionDate: { type: Date, required: true },
    status: { type: String, enum: MEMBER_STATUSES, required: true, default: 'member' },
    statusSince: { type: Date, required: true, default: () => new Date() },
    statusHistory: { type: [statusChangeSchema], default: [] },
    excludedAt: { type: Date, default: null },
    head: {
      fullName: { type: String, required: true, trim: true },
      position: { type: String, required: true, trim: true },
    },
    addresses: {
      legal: { type: String, default: null },
      postal: { type: String, default: null },
      actual: { type: String, default: null },
    },
    contacts: {
      phone: { type: String, default: null },
      email: { type: String, default: null, lowercase: true, trim: true },
      website: { type: String, default: null },
    },
    /** The right to perform work under construction and demolition contracts. */
    workRight: {
      construction: { type: Boolean, required: true, default: false },
      reconstruction: { type: Boolean, required: true, default: false },
      majorRepair: { type: Boolean, required: true, default: false },
      demolition: { type: Boolean, required: true, default: false },
      objectKinds: { type: [String], enum: OBJECT_KINDS, default: [] },
      status: { type: String, enum: WORK_RIGHT_STATUSES, required: true, default: 'active' },
      since: { type: Date, default: null },
    },
    /** Current responsibility levels; null when the member has none in that fund. */
    levels: {
      vv: { type: Number, min: 0, max: MAX_LEVEL, default: null },
      odo: { type: Number, min: 1, max: MAX_LEVEL, default: null },
    },
  },
  { timestamps: true, versionKey: false },
);

// sign-in by INN and the registry search by INN; one member per INN
memberSchema.index({ inn: 1 }, { unique: true });
// the registry card by its number; one member per number
memberSchema.index({ registryNumber: 1 }, { unique: true });
// the registry list filtered by status, ordered by name
memberSchema.index({ status: 1, shortName: 1 });

export type Member = Plain<InferSchemaType<typeof memberSchema>>;
memberSchema.plugin(invalidatesReadCache, { scope: 'shared' });
export const MemberModel = model('Member', memberSchema);
