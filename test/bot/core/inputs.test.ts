import { describe, expect, it } from '@jest/globals';
import { callbackArgs, callbackFamily, pageArg } from '../../../bot/callback-data/callback-data.js';
import { parsePrice } from '../../../bot/features/obligations.feature.js';
import { days, rub } from '../../../bot/texts/format.js';

describe('bot: what users type and what buttons carry', () => {
  it.each([
    ['25 000 000', 25_000_000],
    ['1 250 000,50', 1_250_000.5],
    ['25000000 руб.', 25_000_000],
    ['7 500 000 ₽', 7_500_000],
    ['12\u00a0000', 12_000],
  ])('when a price is typed as «%s», then it reads %d rubles', (text, price) => {
    expect(parsePrice(text)).toBe(price);
  });

  it.each(['двадцать миллионов', '0', '-5', '1,234', '1e9', '', '100000000000000'])(
    'when «%s» is typed for a price, then it is not taken',
    (text) => {
      expect(parsePrice(text)).toBeNull();
    },
  );

  it('when a callback family builds data, then its pattern gives the same arguments back and nothing else matches', () => {
    const family = callbackFamily('settings:set', 2);
    const data = family.build('newLetters', 0);

    expect(data).toBe('settings:set:newLetters:0');
    expect(callbackArgs(data.match(family.pattern))).toEqual(['newLetters', '0']);
    expect(family.pattern.test('settings:set:newLetters')).toBe(false);
    expect(callbackFamily('settings').pattern.test(data)).toBe(false);
    expect(() => family.build('x'.repeat(60), 1)).toThrow(/64 bytes/);
  });

  it('when a page argument is not a page number, then the first page is shown', () => {
    expect([pageArg('3'), pageArg('0'), pageArg('abc'), pageArg(undefined)]).toEqual([3, 1, 1, 1]);
  });

  it('when figures are shown, then rubles and days read as Russian does', () => {
    expect(rub(74_999.5).replace(/\s/g, ' ')).toBe('74 999,5 ₽');
    expect([days(1), days(3), days(11), days(21), days(40)]).toEqual([
      '1 день',
      '3 дня',
      '11 дней',
      '21 день',
      '40 дней',
    ]);
  });
});
