import { describe, it, expect } from '@jest/globals';
import { plural } from '../../../api/domain/shared/russian-plural.js';

const DAYS = ['день', 'дня', 'дней'] as const;

describe('Russian plural forms', () => {
  it.each([
    [1, 'день'],
    [21, 'день'],
    [101, 'день'],
    [2, 'дня'],
    [4, 'дня'],
    [22, 'дня'],
    [0, 'дней'],
    [5, 'дней'],
    [11, 'дней'],
    [12, 'дней'],
    [14, 'дней'],
    [111, 'дней'],
    [1.5, 'дня'],
  ])('when the count is %s, then the form is «%s»', (count, form) => {
    expect(plural(count, DAYS)).toBe(form);
  });
});
