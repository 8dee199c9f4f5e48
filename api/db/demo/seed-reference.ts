import { Types } from 'mongoose';
import { DEFAULT_RESPONSIBILITY_LEVELS } from '../../domain/levels/default-responsibility-levels.js';
import { ResponsibilityLevelModel } from '../../domain/levels/responsibility-level.model.js';
import { FIRST_EDITION } from '../../domain/regulation/first-edition.js';
import { RegulationVersionModel } from '../../domain/regulation/regulation-version.model.js';
import { atMoscow } from './dates.js';

export interface DemoRegulation {
  _id: Types.ObjectId;
  version: string;
  effectiveFrom: Date;
}

/** The responsibility level table (defaults, to be checked by staff) and the regulation in effect. */
export async function seedReference(): Promise<DemoRegulation> {
  await ResponsibilityLevelModel.insertMany(DEFAULT_RESPONSIBILITY_LEVELS);
  const regulation: DemoRegulation = {
    _id: new Types.ObjectId(),
    version: FIRST_EDITION.version,
    effectiveFrom: atMoscow(2020, 11, 27, 0),
  };
  await RegulationVersionModel.create({
    ...FIRST_EDITION,
    ...regulation,
    createdAt: regulation.effectiveFrom,
    updatedAt: regulation.effectiveFrom,
  });
  return regulation;
}
