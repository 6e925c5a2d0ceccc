import { describe, expect, it } from 'vitest';
import { formatMoney, groupThousands, quoteText } from '../../src/format/print/literals.js';

describe('groupThousands', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1,000'],
    ['1234567', '1,234,567'],
    ['1234.5678', '1,234.5678'],
    ['0.0001', '0.0001'],
    ['-1000', '-1,000'],
  ])('%s → %s', (digits, grouped) => {
    expect(groupThousands(digits)).toBe(grouped);
  });
});

describe('formatMoney', () => {
  it.each([
    ['100000', 'USD', '$100,000'],
    ['1234.50', 'USD', '$1,234.50'],
    ['5000', 'EUR', '€5,000'],
    ['250', 'GBP', '£250'],
    ['-500', 'USD', '-$500'],
  ])('%s %s → %s', (amount, currency, printed) => {
    expect(formatMoney(amount, currency)).toBe(printed);
  });

  it('refuses a currency without a symbol', () => {
    expect(() => formatMoney('1', 'JPY')).toThrow(/JPY/);
  });
});

describe('quoteText', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['C:\\temp', '"C:\\\\temp"'],
  ])('%s → %s', (value, quoted) => {
    expect(quoteText(value)).toBe(quoted);
  });
});
