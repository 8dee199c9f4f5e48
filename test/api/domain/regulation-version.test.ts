import { describe, it, expect } from '@jest/globals';
import { RegulationVersionModel } from '../../../api/domain/regulation/regulation-version.model.js';
import {
  ensureFirstEdition,
  findCurrentRegulation,
} from '../../../api/domain/regulation/regulation-version.repository.js';
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

  it('when a new install has no edition, then the first one is published once, and an existing one is left alone', async () => {
    await RegulationVersionModel.deleteMany({});
    await Promise.all([ensureFirstEdition(), ensureFirstEdition()]);
    const editions = await RegulationVersionModel.find().lean();
    expect(editions.map((edition) => edition.version)).toEqual(['СС-СРО-ОД-06-2020-01']);
    expect(editions[0]?.text).toMatch(/^Регламент предоставления и пользования услугой/);
    expect((await findCurrentRegulation(new Date('2026-11-21')))?.version).toBe('СС-СРО-ОД-06-2020-01');

    await RegulationVersionModel.updateOne({}, { $set: { title: 'Изменено сотрудником' } });
    await ensureFirstEdition();
    expect(await RegulationVersionModel.countDocuments()).toBe(1);
    expect((await RegulationVersionModel.findOne().lean())?.title).toBe('Изменено сотрудником');
  });
});
