import { describe, it, expect } from '@jest/globals';
import {
  generateInn,
  generateOgrn,
  innKind,
  innSchema,
  isValidInn,
  isValidOgrn,
  ogrnKind,
  ogrnSchema,
} from '../../../api/domain/members/tax-ids.js';
import { mulberry32 } from '../../../api/db/demo/random.js';

function firstIssue(result: {
  success: boolean;
  error?: { issues: { message: string }[] };
}): string | undefined {
  return result.error?.issues[0]?.message;
}

describe('INN', () => {
  it('when the INN is Sberbank’s 7707083893, then it is a valid organization INN', () => {
    // 2·7 + 4·7 + 10·0 + 3·7 + 5·0 + 9·8 + 4·3 + 6·8 + 8·9 = 267; 267 mod 11 = 3 → check digit 3
    expect(isValidInn('7707083893')).toBe(true);
    expect(innKind('7707083893')).toBe('legal');
  });

  it('when the INN is the 12-digit 500100732259, then it is a valid ИП INN', () => {
    // 11th: 7·5 + 4·1 … = 148, 148 mod 11 = 5; 12th: 3·5 + 4·1 + 5·7 + 9·3 + 4·2 + 6·2 + 8·5 = 141, 141 mod 11 = 9
    expect(isValidInn('500100732259')).toBe(true);
    expect(innKind('500100732259')).toBe('individual');
  });

  it.each(['7707083894', '7707083890', '500100732258', '500100732249', '500100732269'])(
    'when a check digit of %s is wrong, then the INN is invalid',
    (inn) => {
      expect(isValidInn(inn)).toBe(false);
      expect(innKind(inn)).toBeNull();
      expect(firstIssue(innSchema.safeParse(inn))).toBe('Неверная контрольная цифра ИНН');
    },
  );

  it.each(['770708389', '77070838930', '5001007322590', '1'])(
    'when the INN %s has neither 10 nor 12 digits, then the message names both lengths',
    (inn) => {
      expect(isValidInn(inn)).toBe(false);
      expect(firstIssue(innSchema.safeParse(inn))).toBe(
        'ИНН должен состоять из 10 цифр (организация) или 12 цифр (ИП)',
      );
    },
  );

  it.each(['77070838 3', '770708389З', '+707083893', '7707-08389'])(
    'when the INN %s has a non-digit, then it is refused as such',
    (inn) => {
      expect(isValidInn(inn)).toBe(false);
      expect(firstIssue(innSchema.safeParse(inn))).toBe('ИНН должен состоять только из цифр');
    },
  );

  it('when the INN is all zeros, then it is refused for its region code even though the check digit fits', () => {
    expect(isValidInn('0000000000')).toBe(false);
    expect(firstIssue(innSchema.safeParse('0000000000'))).toMatch(/код региона/);
  });

  it('when the schema gets a valid INN with spaces around, then it returns it trimmed', () => {
    expect(innSchema.parse(' 7707083893 ')).toBe('7707083893');
  });

  it('when the schema gets nothing or a number, then it asks for the INN', () => {
    expect(firstIssue(innSchema.safeParse(''))).toBe('Укажите ИНН');
    expect(firstIssue(innSchema.safeParse(undefined))).toBe('Укажите ИНН');
    expect(firstIssue(innSchema.safeParse(7707083893))).toBe('Укажите ИНН');
  });
});

describe('OGRN', () => {
  it('when the OGRN is Sberbank’s 1027700132195, then it is a valid organization OGRN', () => {
    // 102770013219 mod 11 by the alternating digit sum from the right: 9-1+2-3+1-0+0-7+7-2+0-1 = 5 → check digit 5
    expect(isValidOgrn('1027700132195')).toBe(true);
    expect(ogrnKind('1027700132195')).toBe('legal');
  });

  it('when the OGRNIP is 304500116000157, then it is a valid ИП OGRNIP', () => {
    // 10^6 ≡ 1 (mod 13): 30 + 450011 + 600015 = 1050056 → 1 + 50056 = 50057 = 13·3850 + 7 → check digit 7
    expect(isValidOgrn('304500116000157')).toBe(true);
    expect(ogrnKind('304500116000157')).toBe('individual');
  });

  it('when the check digit is wrong, then the message names OGRN or OGRNIP', () => {
    expect(isValidOgrn('1027700132194')).toBe(false);
    expect(firstIssue(ogrnSchema.safeParse('1027700132194'))).toBe('Неверная контрольная цифра ОГРН');
    expect(isValidOgrn('304500116000158')).toBe(false);
    expect(firstIssue(ogrnSchema.safeParse('304500116000158'))).toBe('Неверная контрольная цифра ОГРНИП');
  });

  it('when the first digit is not a sign of an OGRN or OGRNIP, then it is refused even with a fitting check digit', () => {
    // 202770013219 mod 11 = 4: a record number (ГРН), not an OGRN
    expect(isValidOgrn('2027700132194')).toBe(false);
    expect(firstIssue(ogrnSchema.safeParse('2027700132194'))).toBe('ОГРН организации начинается с 1 или 5');
    expect(firstIssue(ogrnSchema.safeParse('104500116000150'))).toBe('ОГРНИП начинается с 3');
  });

  it.each(['102770013219', '10277001321950', '3045001160001570', ''])(
    'when the OGRN "%s" has neither 13 nor 15 digits, then it is invalid',
    (ogrn) => {
      expect(isValidOgrn(ogrn)).toBe(false);
    },
  );

  it('when the length is wrong or a character is not a digit, then the message says so', () => {
    expect(firstIssue(ogrnSchema.safeParse('10277001321950'))).toBe(
      'ОГРН должен состоять из 13 цифр (организация), ОГРНИП — из 15 цифр (ИП)',
    );
    expect(firstIssue(ogrnSchema.safeParse('1027700l32195'))).toBe('ОГРН должен состоять только из цифр');
    expect(firstIssue(ogrnSchema.safeParse(' '))).toBe('Укажите ОГРН');
  });
});

describe('demo tax id generators', () => {
  it.each(['legal', 'individual'] as const)(
    'when 1000 %s INNs and OGRNs are generated from a seeded PRNG, then all are valid and of that kind',
    (kind) => {
      const random = mulberry32(42);
      for (let i = 0; i < 1000; i++) {
        const inn = generateInn(kind, random);
        const ogrn = generateOgrn(kind, random);
        expect(innKind(inn)).toBe(kind);
        expect(ogrnKind(ogrn)).toBe(kind);
        expect(ogrn[0]).toMatch(kind === 'legal' ? /^[15]$/ : /^3$/);
      }
    },
  );

  it('when generated with the same seed twice, then the values are the same, and another seed gives others', () => {
    const series = (seed: number) => {
      const random = mulberry32(seed);
      return Array.from({ length: 20 }, () => [
        generateInn('legal', random),
        generateOgrn('individual', random),
      ]);
    };
    expect(series(7)).toEqual(series(7));
    expect(series(8)).not.toEqual(series(7));
  });

  it('when many values are generated, then they are distinct enough, with a real region and a registration year of 2002–2024', () => {
    const random = mulberry32(1);
    const inns = Array.from({ length: 1000 }, () => generateInn('legal', random));
    const ogrns = Array.from({ length: 1000 }, () => generateOgrn('legal', random));
    expect(new Set(inns).size).toBeGreaterThan(990);
    expect(new Set(ogrns).size).toBeGreaterThan(990);
    expect(inns.every((inn) => inn.slice(0, 2) !== '00')).toBe(true);
    expect(ogrns.every((ogrn) => Number(ogrn.slice(1, 3)) >= 2 && Number(ogrn.slice(1, 3)) <= 24)).toBe(true);
  });
});
