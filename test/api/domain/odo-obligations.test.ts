import { describe, it, expect } from '@jest/globals';
import {
  ODO_WARNING_THRESHOLD_PERCENT,
  canTakeContract,
  computeOdoObligations,
} from '../../../api/domain/contracts/odo-obligations.js';

const inForce = (price: number) => ({ price, status: 'in_force' });
const level = (maxTotalObligations: number | null) => ({ maxTotalObligations });

describe('current ОДО obligations', () => {
  it('when contracts are in force, completed and terminated, then only those in force count, at full price', () => {
    const result = computeOdoObligations(
      [
        inForce(1_500_000),
        { price: 9_000_000, status: 'completed' },
        { price: 7_000_000, status: 'terminated' },
      ],
      level(60_000_000),
    );
    expect(result.total).toBe(1_500_000);
  });

  it('when prices have kopecks, then the total does not drift', () => {
    const result = computeOdoObligations(
      [inForce(0.1), inForce(0.2), inForce(1_000_000.07)],
      level(60_000_000),
    );
    expect(result.total).toBe(1_000_000.37);
  });

  it('when there are no contracts, then usage is 0% and the whole cap is free', () => {
    expect(computeOdoObligations([], level(60_000_000))).toEqual({
      total: 0,
      cap: 60_000_000,
      usagePercent: 0,
      headroom: 60_000_000,
      state: 'ok',
    });
  });

  it('when usage is 79.9%, then the state is still ok', () => {
    const result = computeOdoObligations([inForce(799_000)], level(1_000_000));
    expect(result).toMatchObject({ usagePercent: 79.9, headroom: 201_000, state: 'ok' });
  });

  it('when usage is a kopeck below 80%, then the state is ok although the rounded figure reads 80.0', () => {
    const result = computeOdoObligations([inForce(799_999.99)], level(1_000_000));
    expect(result).toMatchObject({ usagePercent: 80, state: 'ok' });
  });

  it('when usage reaches the warning threshold of 80%, then the state is warning', () => {
    expect(ODO_WARNING_THRESHOLD_PERCENT).toBe(80);
    const result = computeOdoObligations([inForce(500_000), inForce(300_000)], level(1_000_000));
    expect(result).toMatchObject({ total: 800_000, usagePercent: 80, headroom: 200_000, state: 'warning' });
  });

  it('when usage is exactly 100%, then the cap is reached but not exceeded: warning with no headroom', () => {
    const result = computeOdoObligations([inForce(1_000_000)], level(1_000_000));
    expect(result).toMatchObject({ usagePercent: 100, headroom: 0, state: 'warning' });
  });

  it('when the total is a kopeck above the cap, then the state is exceeded and headroom stays 0', () => {
    const result = computeOdoObligations([inForce(1_000_000.01)], level(1_000_000));
    expect(result).toMatchObject({ usagePercent: 100, headroom: 0, state: 'exceeded' });
  });

  it('when usage is far above the cap, then the percent shows it with one decimal', () => {
    const result = computeOdoObligations([inForce(2_345_678)], level(1_000_000));
    expect(result).toMatchObject({ usagePercent: 234.6, state: 'exceeded' });
  });

  it('when the member has no КФ ОДО level, then there is no cap and no headroom', () => {
    expect(computeOdoObligations([inForce(100)], null)).toEqual({
      total: 100,
      cap: null,
      usagePercent: null,
      headroom: 0,
      state: 'no_level',
    });
  });

  it('when the level is unlimited, then the state is ok with no cap and unlimited headroom', () => {
    expect(computeOdoObligations([inForce(50_000_000_000)], level(null))).toEqual({
      total: 50_000_000_000,
      cap: null,
      usagePercent: null,
      headroom: null,
      state: 'ok',
    });
  });
});

describe('whether a new contract fits under the КФ ОДО cap', () => {
  const obligations = computeOdoObligations([inForce(700_000.5)], level(1_000_000));

  it('when the price equals the headroom to the kopeck, then it fits', () => {
    expect(canTakeContract(obligations, 299_999.5)).toBe(true);
  });

  it('when the price is a kopeck more than the headroom, then it does not fit', () => {
    expect(canTakeContract(obligations, 299_999.51)).toBe(false);
  });

  it('when the cap is already exceeded, then nothing fits', () => {
    expect(canTakeContract(computeOdoObligations([inForce(1_200_000)], level(1_000_000)), 1)).toBe(false);
  });

  it('when the level is unlimited, then any price fits', () => {
    expect(canTakeContract(computeOdoObligations([], level(null)), 90_000_000_000)).toBe(true);
  });

  it('when the member has no КФ ОДО level, then no contract fits', () => {
    expect(canTakeContract(computeOdoObligations([], null), 1)).toBe(false);
  });
});
