import { describe, it, expect } from '@jest/globals';
import { IssuedNumberModel } from '../../../api/domain/shared/issued-number.model.js';
import { nextRegistrationNumber } from '../../../api/domain/shared/registration-number.js';
import { useTestDatabase } from '../../helpers/database.js';

function expectedSeries(prefix: string, year: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${year}-${String(i + 1).padStart(6, '0')}`);
}

describe('registration numbers', () => {
  useTestDatabase();

  it('when 200 appeals are numbered at once, then they get 200 distinct numbers 1..200 of the year, without gaps', async () => {
    const numbers = await Promise.all(Array.from({ length: 200 }, () => nextRegistrationNumber('ОБР', 2026)));

    expect(new Set(numbers).size).toBe(200);
    expect([...numbers].sort()).toEqual(expectedSeries('ОБР', 2026, 200));
  });

  it('when another year or another register is numbered, then it starts from 1 and the first series goes on', async () => {
    await expect(nextRegistrationNumber('ОБР', 2027)).resolves.toBe('ОБР-2027-000001');
    await expect(nextRegistrationNumber('ВХ', 2026)).resolves.toBe('ВХ-2026-000001');
    await expect(nextRegistrationNumber('ОБР', 2026)).resolves.toBe('ОБР-2026-000201');
  });

  it('when another process has already taken the next number, then the one after it is issued', async () => {
    await IssuedNumberModel.create({ _id: 'ИСХ-2026-000002', series: 'ИСХ-2026', seq: 2 });
    await IssuedNumberModel.create({ _id: 'ИСХ-2026-000001', series: 'ИСХ-2026', seq: 1 });

    await expect(nextRegistrationNumber('ИСХ', 2026)).resolves.toBe('ИСХ-2026-000003');
  });
});
