import { describe, expect, it } from 'vitest';
import {
  amountString,
  dec,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../src/runtime/index.js';

describe('formatMoney', () => {
  it.each([
    ['15625', 'USD', '$15,625.00'],
    ['-1200.5', 'USD', '-$1,200.50'],
    ['1234567.5', 'USD', '$1,234,567.50'],
    ['0', 'USD', '$0.00'],
    ['-0', 'USD', '$0.00'],
    ['999.99', 'USD', '$999.99'],
    ['5000', 'EUR', '€5,000.00'],
    ['250', 'GBP', '£250.00'],
    ['1000', 'JPY', '¥1,000'],
    ['1000', 'CHF', '1,000.00 CHF'],
    ['-1000', 'CHF', '-1,000.00 CHF'],
    ['1.5', 'KWD', '1.500 KWD'],
  ])('%s %s → %s', (value, currency, expected) => {
    expect(formatMoney(dec(value), currency)).toBe(expected);
  });

  it('shows every digit a value has beyond the minor unit', () => {
    expect(formatMoney(dec('0.125'), 'USD')).toBe('$0.125');
    expect(formatMoney(dec('15624.9999375'), 'USD')).toBe('$15,624.9999375');
    expect(formatMoney(dec('1000.5'), 'JPY')).toBe('¥1,000.5');
  });
});

describe('amountString', () => {
  it.each([
    ['15625', 'USD', '15625.00'],
    ['-0.5', 'USD', '-0.50'],
    ['-0', 'USD', '0.00'],
    ['1234567.891', 'USD', '1234567.891'],
    ['1000', 'JPY', '1000'],
    ['2', 'BHD', '2.000'],
  ])('%s %s → %s', (value, currency, expected) => {
    expect(amountString(dec(value), currency)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each([
    ['0.95', '95%'],
    ['1', '100%'],
    ['0.125', '12.5%'],
    ['0.8333333333333333333333333333333333333333', '83.33%'],
    ['0.66666', '66.67%'],
    ['0.000049', '0%'],
    ['-0.03', '-3%'],
    ['-0.000001', '0%'],
    ['12.5', '1,250%'],
  ])('%s → %s', (ratio, expected) => {
    expect(formatPercent(dec(ratio))).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each([
    ['2', '2'],
    ['1.5', '1.5'],
    ['1234.5', '1,234.5'],
    ['0.6666666666666666666666666666666666666667', '0.6667'],
    ['-1000000', '-1,000,000'],
  ])('%s → %s', (value, expected) => {
    expect(formatNumber(dec(value))).toBe(expected);
  });
});
