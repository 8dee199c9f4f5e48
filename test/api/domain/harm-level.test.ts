import { describe, it, expect } from '@jest/globals';
import { fitsHarmLevel } from '../../../api/domain/contracts/harm-level.js';

describe('КФ ВВ cap on a single contract price', () => {
  const firstLevel = { maxContractPrice: 90_000_000 };

  it('when the price is below or equal to the level cap, then the contract fits', () => {
    expect(fitsHarmLevel(89_999_999.99, firstLevel)).toBe(true);
    expect(fitsHarmLevel(90_000_000, firstLevel)).toBe(true);
  });

  it('when the price is a kopeck above the cap, then the contract does not fit', () => {
    expect(fitsHarmLevel(90_000_000.01, firstLevel)).toBe(false);
  });

  it('when the level has no cap, then any price fits', () => {
    expect(fitsHarmLevel(25_000_000_000, { maxContractPrice: null })).toBe(true);
  });

  it('when the member has no КФ ВВ level, then no contract fits', () => {
    expect(fitsHarmLevel(1, null)).toBe(false);
  });
});
