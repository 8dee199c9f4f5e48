import { describe, it, expect } from '@jest/globals';
import { formatRub, toKopecks, toRubles } from '../../../api/domain/shared/money.js';

const NBSP = '\u00a0';

describe('rubles in Russian texts', () => {
  it('when an amount has thousands and kopecks, then it reads «1 234 567,50 ₽» with non-breaking spaces', () => {
    expect(formatRub(1234567.5)).toBe(`1${NBSP}234${NBSP}567,50${NBSP}₽`);
  });

  it('when the amount is whole or small, then two kopeck digits are still shown', () => {
    expect(formatRub(0)).toBe(`0,00${NBSP}₽`);
    expect(formatRub(999)).toBe(`999,00${NBSP}₽`);
    expect(formatRub(0.07)).toBe(`0,07${NBSP}₽`);
  });

  it('when the amount is a float sum like 0.1 + 0.2, then it shows 0,30', () => {
    expect(formatRub(0.1 + 0.2)).toBe(`0,30${NBSP}₽`);
  });
});

describe('kopecks', () => {
  it('when rubles with kopecks are converted, then the kopecks are a whole number despite float representation', () => {
    expect(toKopecks(0.1 + 0.2)).toBe(30);
    expect(toKopecks(1_000_000.07)).toBe(100_000_007);
    expect(toKopecks(19.99)).toBe(1999);
  });

  it('when kopecks are converted back, then the rubles are exact to the kopeck', () => {
    expect(toRubles(toKopecks(0.1) + toKopecks(0.2))).toBe(0.3);
  });
});
