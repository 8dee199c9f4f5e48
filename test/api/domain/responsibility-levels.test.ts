import { describe, it, expect } from '@jest/globals';
import mongoose from 'mongoose';
import { DEFAULT_RESPONSIBILITY_LEVELS } from '../../../api/domain/levels/default-responsibility-levels.js';
import { ResponsibilityLevelModel } from '../../../api/domain/levels/responsibility-level.model.js';
import {
  findResponsibilityLevel,
  listResponsibilityLevels,
  seedResponsibilityLevels,
} from '../../../api/domain/levels/responsibility-level.repository.js';
import { useTestDatabase } from '../../helpers/database.js';

describe('responsibility levels', () => {
  useTestDatabase();

  it('when the table is seeded, then both funds get their levels, all marked to be checked against the Code', async () => {
    await ResponsibilityLevelModel.createIndexes();

    await expect(seedResponsibilityLevels()).resolves.toBe(DEFAULT_RESPONSIBILITY_LEVELS.length);
    const levels = await listResponsibilityLevels();

    expect(levels.map((level) => `${level.fund}${level.level}`)).toEqual([
      'odo1',
      'odo2',
      'odo3',
      'odo4',
      'odo5',
      'vv0',
      'vv1',
      'vv2',
      'vv3',
      'vv4',
      'vv5',
    ]);
    expect(levels.every((level) => level.needsReview)).toBe(true);
    expect(await findResponsibilityLevel('odo', 2)).toMatchObject({
      maxTotalObligations: 500_000_000,
      contribution: 2_500_000,
    });
    expect(await findResponsibilityLevel('vv', 5)).toMatchObject({
      maxContractPrice: null,
      contribution: 5_000_000,
    });
  });

  it('when the table is seeded again after staff edited a level, then the edit stays and only missing rows return', async () => {
    await ResponsibilityLevelModel.updateOne(
      { fund: 'vv', level: 1 },
      { contribution: 120_000, needsReview: false },
    );
    await ResponsibilityLevelModel.deleteOne({ fund: 'odo', level: 5 });

    await expect(seedResponsibilityLevels()).resolves.toBe(1);

    expect(await findResponsibilityLevel('vv', 1)).toMatchObject({
      contribution: 120_000,
      needsReview: false,
    });
    expect(await findResponsibilityLevel('odo', 5)).toMatchObject({ maxTotalObligations: null });
  });

  it('when a КФ ОДО level is given a contract-price cap or level 0, then it is refused', async () => {
    const level = new ResponsibilityLevelModel({
      fund: 'odo',
      level: 0,
      title: '0 уровень',
      maxContractPrice: 1,
      maxTotalObligations: 1,
      contribution: 1,
    });

    const error = (await level
      .validate()
      .catch((caught: unknown) => caught)) as mongoose.Error.ValidationError;

    expect(error.errors.level?.message).toBe('Уровни ответственности этого фонда — от 1 до 5');
    expect(error.errors.maxContractPrice?.message).toBe('Это поле относится к другому фонду');
  });
});
