import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { D, dec, roundToStep, sum } from '../../src/runtime/index.js';

describe('decimal', () => {
  it('keeps at least 34 significant digits through a division', () => {
    const twoThirds = dec('10').div(dec('15'));
    expect(twoThirds.toString()).toBe('0.6666666666666666666666666666666666666667');
    expect(twoThirds.precision()).toBeGreaterThanOrEqual(34);
  });

  it('gets the sliding-scale payout right to the cent', () => {
    // 50% + (95% − 85%) / (100% − 85%) × 50%, of $18,750
    const ratio = dec('0.5').plus(
      dec('0.95').minus('0.85').div(dec('1').minus('0.85')).times('0.5'),
    );
    const pay = ratio.times('18750');
    expect(roundToStep(pay, dec('0.01'), 'half-even').toFixed(2)).toBe('15625.00');
  });

  it('dec copies text and decimals into the payout configuration', () => {
    expect(dec('12.50').toString()).toBe('12.5');
    const foreign = new Decimal('1.5');
    expect(dec(foreign)).toBeInstanceOf(D);
    expect(dec(foreign).toString()).toBe('1.5');
  });

  it('prints small and large values without exponents', () => {
    expect(dec('0.000000000000000000000001').toString()).toBe('0.000000000000000000000001');
    expect(dec('1000000000000000000000000').toString()).toBe('1000000000000000000000000');
  });

  it('is unaffected by changes to the global Decimal configuration', () => {
    const saved = Decimal.precision;
    Decimal.set({ precision: 5 });
    try {
      expect(dec('10').div('15').toString()).toBe('0.6666666666666666666666666666666666666667');
    } finally {
      Decimal.set({ precision: saved });
    }
  });

  it('sums exactly, and an empty sum is zero', () => {
    expect(sum([dec('0.1'), dec('0.2')]).toString()).toBe('0.3');
    expect(sum([]).toString()).toBe('0');
  });
});
