import { describe, expect, it } from 'vitest';
import {
  type RoundingMode,
  dec,
  knownCurrency,
  minorUnit,
  roundToStep,
} from '../../src/runtime/index.js';

const cent = dec('0.01');
const round = (value: string, mode: RoundingMode, step = cent) =>
  roundToStep(dec(value), step, mode).toString();

describe('roundToStep', () => {
  it.each([
    ['2.345', 'half-even', '2.34'],
    ['2.355', 'half-even', '2.36'],
    ['2.345', 'half-up', '2.35'],
    ['2.3449', 'half-up', '2.34'],
    ['2.349', 'down', '2.34'],
    ['2.341', 'up', '2.35'],
    ['2.34', 'up', '2.34'],
    ['-2.345', 'half-even', '-2.34'],
    ['-2.355', 'half-even', '-2.36'],
    ['-2.345', 'half-up', '-2.35'],
    ['-2.349', 'down', '-2.34'],
    ['-2.341', 'up', '-2.35'],
  ] as const)('%s %s to 0.01 → %s', (value, mode, expected) => {
    expect(round(value, mode)).toBe(expected);
  });

  it('rounds to whole units', () => {
    expect(round('2.5', 'half-even', dec('1'))).toBe('2');
    expect(round('3.5', 'half-even', dec('1'))).toBe('4');
    expect(round('2.5', 'half-up', dec('1'))).toBe('3');
    expect(round('-2.5', 'half-up', dec('1'))).toBe('-3');
  });

  it('rounds to a step of 0.05', () => {
    expect(round('1.024', 'half-even', dec('0.05'))).toBe('1');
    expect(round('1.025', 'half-even', dec('0.05'))).toBe('1');
    expect(round('1.025', 'half-up', dec('0.05'))).toBe('1.05');
    expect(round('1.075', 'half-even', dec('0.05'))).toBe('1.1');
    expect(round('1.001', 'up', dec('0.05'))).toBe('1.05');
  });

  it('never returns negative zero', () => {
    const result = roundToStep(dec('-0.001'), cent, 'half-even');
    expect(result.isZero()).toBe(true);
    expect(result.isNegative()).toBe(false);
  });

  it('keeps a long exact value intact until the single rounding', () => {
    expect(round('15624.99999999999999999999999999999999999', 'half-even')).toBe('15625');
    expect(round('15624.99999999999999999999999999999999999', 'down')).toBe('15624.99');
  });

  it('refuses a step that is not above zero', () => {
    expect(() => roundToStep(dec('1'), dec('0'), 'half-even')).toThrow(RangeError);
    expect(() => roundToStep(dec('1'), dec('-0.01'), 'half-even')).toThrow(RangeError);
  });
});

describe('currencies', () => {
  it.each([
    ['USD', '0.01'],
    ['EUR', '0.01'],
    ['GBP', '0.01'],
    ['CHF', '0.01'],
    ['JPY', '1'],
    ['KRW', '1'],
    ['BHD', '0.001'],
    ['KWD', '0.001'],
    ['OMR', '0.001'],
    ['JOD', '0.001'],
    ['XYZ', '0.01'],
  ])('the minor unit of %s is %s', (currency, unit) => {
    expect(minorUnit(currency).toString()).toBe(unit);
  });

  it('knows the common ISO codes and nothing else', () => {
    for (const code of ['USD', 'EUR', 'GBP', 'JPY', 'KRW', 'KWD', 'CHF', 'CAD', 'AUD']) {
      expect(knownCurrency(code)).toBe(true);
    }
    expect(knownCurrency('XYZ')).toBe(false);
    expect(knownCurrency('usd')).toBe(false);
  });
});
