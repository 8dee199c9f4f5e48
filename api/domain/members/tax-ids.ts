import { z } from 'zod';

/** Whose tax id it is: an organization (юрлицо) or an individual entrepreneur (ИП). */
export type TaxpayerKind = 'legal' | 'individual';

const INN_LEGAL_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_INDIVIDUAL_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_INDIVIDUAL_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** OGRN: sign digit, 2 digits of the year, 2 of the region, the record number, a check digit (body mod 11 or 13). */
const OGRN_RULES = {
  legal: { length: 13, signs: ['1', '5'], modulus: 11n },
  individual: { length: 15, signs: ['3'], modulus: 13n },
} as const;

const DIGITS = /^\d+$/;

function innCheckDigit(body: string, weights: readonly number[]): string {
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return String((sum % 11) % 10);
}

/** Appends the check digits to an INN body: 9 digits of an organization's INN or 10 of an ИП's. */
function withInnCheckDigits(body: string): string {
  if (body.length === 9) return body + innCheckDigit(body, INN_LEGAL_WEIGHTS);
  const eleven = body + innCheckDigit(body, INN_INDIVIDUAL_WEIGHTS_11);
  return eleven + innCheckDigit(eleven, INN_INDIVIDUAL_WEIGHTS_12);
}

function withOgrnCheckDigit(body: string, kind: TaxpayerKind): string {
  return body + String((BigInt(body) % OGRN_RULES[kind].modulus) % 10n);
}

function innProblem(inn: string): string | null {
  if (inn === '') return 'Укажите ИНН';
  if (!DIGITS.test(inn)) return 'ИНН должен состоять только из цифр';
  if (inn.length !== 10 && inn.length !== 12)
    return 'ИНН должен состоять из 10 цифр (организация) или 12 цифр (ИП)';
  if (inn.startsWith('00')) return 'ИНН не может начинаться с 00: первые две цифры — код региона';
  if (withInnCheckDigits(inn.slice(0, inn.length - (inn.length === 10 ? 1 : 2))) !== inn) {
    return 'Неверная контрольная цифра ИНН';
  }
  return null;
}

function ogrnProblem(ogrn: string): string | null {
  if (ogrn === '') return 'Укажите ОГРН';
  if (!DIGITS.test(ogrn)) return 'ОГРН должен состоять только из цифр';
  const kind = ogrn.length === 13 ? 'legal' : ogrn.length === 15 ? 'individual' : null;
  if (!kind) return 'ОГРН должен состоять из 13 цифр (организация), ОГРНИП — из 15 цифр (ИП)';
  if (!(OGRN_RULES[kind].signs as readonly string[]).includes(ogrn.charAt(0))) {
    return kind === 'legal' ? 'ОГРН организации начинается с 1 или 5' : 'ОГРНИП начинается с 3';
  }
  if (withOgrnCheckDigit(ogrn.slice(0, -1), kind) !== ogrn) {
    return kind === 'legal' ? 'Неверная контрольная цифра ОГРН' : 'Неверная контрольная цифра ОГРНИП';
  }
  return null;
}

export function innKind(inn: string): TaxpayerKind | null {
  if (innProblem(inn)) return null;
  return inn.length === 10 ? 'legal' : 'individual';
}

export function ogrnKind(ogrn: string): TaxpayerKind | null {
  if (ogrnProblem(ogrn)) return null;
  return ogrn.length === 13 ? 'legal' : 'individual';
}

export function isValidInn(inn: string): boolean {
  return innKind(inn) !== null;
}

/** True for a valid OGRN (13 digits) or OGRNIP (15 digits). */
export function isValidOgrn(ogrn: string): boolean {
  return ogrnKind(ogrn) !== null;
}

function taxIdSchema(label: string, problem: (value: string) => string | null) {
  return z
    .string({ error: `Укажите ${label}` })
    .trim()
    .superRefine((value, ctx) => {
      const message = problem(value);
      if (message) ctx.addIssue({ code: 'custom', message });
    });
}

export const innSchema = taxIdSchema('ИНН', innProblem);
/** Accepts an OGRN of an organization or an OGRNIP of an ИП. */
export const ogrnSchema = taxIdSchema('ОГРН', ogrnProblem);

/** Region codes of the largest construction markets, for demo data that looks real. */
const DEMO_REGIONS = ['77', '50', '78', '47', '63', '66', '16', '23', '52', '54', '61', '74', '02', '36'];

function randomInt(below: number, random: () => number): number {
  return Math.floor(random() * below);
}

function randomDigits(count: number, random: () => number): string {
  return Array.from({ length: count }, () => String(randomInt(10, random))).join('');
}

function randomRegion(random: () => number): string {
  return DEMO_REGIONS[randomInt(DEMO_REGIONS.length, random)]!;
}

/** A valid INN for demo data; `random` returns numbers in [0, 1), e.g. a seeded PRNG, so the result is reproducible. */
export function generateInn(kind: TaxpayerKind, random: () => number): string {
  const taxOffice = randomRegion(random) + String(1 + randomInt(99, random)).padStart(2, '0');
  return withInnCheckDigits(taxOffice + randomDigits(kind === 'legal' ? 5 : 6, random));
}

/** A valid OGRN (organization) or OGRNIP (ИП) registered in 2002–2024, for demo data. */
export function generateOgrn(kind: TaxpayerKind, random: () => number): string {
  const { length, signs } = OGRN_RULES[kind];
  const sign = signs[randomInt(signs.length, random)]!;
  const year = String(2 + randomInt(23, random)).padStart(2, '0');
  const body = sign + year + randomRegion(random) + randomDigits(length - 6, random);
  return withOgrnCheckDigit(body, kind);
}
