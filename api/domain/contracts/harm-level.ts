import { toKopecks } from '../shared/money.js';

/** A КФ ВВ responsibility level; `maxContractPrice: null` is the highest level, without a cap. */
export interface HarmLevel {
  maxContractPrice: number | null;
}

/** КФ ВВ rule: the price of one contract must not exceed the level's cap; without a level no contract fits. */
export function fitsHarmLevel(price: number, level: HarmLevel | null): boolean {
  if (!level) return false;
  return level.maxContractPrice === null || toKopecks(price) <= toKopecks(level.maxContractPrice);
}
