import { describe, it, expect } from '@jest/globals';
import { RegulationVersionModel } from '../../../api/domain/regulation/regulation-version.model.js';
import { findCurrentRegulation } from '../../../api/domain/regulation/regulation-version.repository.js';
import { useTestDatabase } from '../../helpers/database.js';

describe('regulation versions', () => {
  useTestDatabase();

  it('when a new edition is published ahead of its date, then the previous one stays current until that date', async () => {
    const title = 'Регламент предоставления и пользования услугой «Личный кабинет члена СРО»';
    await RegulationVersionModel.create([
      {
        version: 'СС-СРО-ОД-06-2020-01',
        title,
        url: 'https://np-ss.org/reglament-2020.pdf',
        effectiveFrom: new Date('2020-11-27'),
      },
      { version: 'СС-СРО-ОД-06-2026-02', title, text: 'Редакция 2', effectiveFrom: new Date('2026-06-01') },
    ]);

    await expect(findCurrentRegulation(new Date('2020-11-26'))).resolves.toBeNull();
    expect((await findCurrentRegulation(new Date('2026-05-31')))?.version).toBe('СС-СРО-ОД-06-2020-01');
    expect((await findCurrentRegulation(new Date('2026-06-01')))?.version).toBe('СС-СРО-ОД-06-2026-02');
  });
});
