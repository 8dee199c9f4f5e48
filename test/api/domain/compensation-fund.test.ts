import { describe, it, expect } from '@jest/globals';
import { fundShortfall } from '../../../api/domain/finance/compensation-fund.js';

describe('compensation fund shortfall', () => {
  it('when less is paid than the level requires, then the shortfall is the difference to the kopeck', () => {
    expect(fundShortfall(100_000.1, 300_000.3)).toBe(200_000.2);
  });

  it('when exactly the required contribution is paid, then there is no shortfall', () => {
    expect(fundShortfall(0.1 + 0.2, 0.3)).toBe(0);
  });

  it('when more is paid than required, then the shortfall is 0, not negative', () => {
    expect(fundShortfall(5_000_000, 1_000_000)).toBe(0);
  });
});
