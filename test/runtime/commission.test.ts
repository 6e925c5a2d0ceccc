import { describe, expect, it } from 'vitest';
import {
  type CommissionSlice,
  type RuntimeBand,
  dec,
  findBand,
  lookup,
  marginal,
  marginalBetween,
  proRata,
  retroactive,
} from '../../src/runtime/index.js';
import { above, aboveUpTo, below, constant, from, fromUpTo, upTo } from './bands.js';

const slices = (list: CommissionSlice[]) =>
  list.map((s) => ({
    band: s.band,
    amount: s.amount.toString(),
    rate: s.rate.toString(),
    pay: s.pay.toString(),
  }));

// 8% up to 100% of a $500,000 quota, 12% above.
const accelerator = [upTo('500000', constant('0.08')), above('500000', constant('0.12'))];

describe('marginal', () => {
  it('pays each slice at its own band’s rate: $600,000 → $52,000', () => {
    const result = marginal(accelerator, dec('600000'));
    expect(result.pay.toString()).toBe('52000');
    expect(slices(result.slices)).toEqual([
      { band: 0, amount: '500000', rate: '0.08', pay: '40000' },
      { band: 1, amount: '100000', rate: '0.12', pay: '12000' },
    ]);
  });

  it('stays in the first band below the boundary', () => {
    expect(marginal(accelerator, dec('500000')).pay.toString()).toBe('40000');
    expect(slices(marginal(accelerator, dec('300000')).slices)).toEqual([
      { band: 0, amount: '300000', rate: '0.08', pay: '24000' },
    ]);
  });

  it('pays nothing, with no slices, on zero', () => {
    expect(marginal(accelerator, dec('0'))).toEqual({ pay: dec('0'), slices: [] });
  });

  it('pays a negative amount whole at the rate of the band that owns 0', () => {
    const result = marginal(accelerator, dec('-10000'));
    expect(result.pay.toString()).toBe('-800');
    expect(slices(result.slices)).toEqual([
      { band: 0, amount: '-10000', rate: '0.08', pay: '-800' },
    ]);
  });

  it('starts a bounded first band at its own lower bound', () => {
    const bands = [fromUpTo('100', '200', constant('0.1')), above('200', constant('0.2'))];
    expect(marginal(bands, dec('250')).pay.toString()).toBe('20');
  });

  it('pays fractions of a cent exactly', () => {
    expect(marginal(accelerator, dec('500000.01')).pay.toString()).toBe('40000.0012');
  });
});

describe('marginalBetween', () => {
  it('prices the interval a running total moves across', () => {
    const result = marginalBetween(accelerator, dec('400000'), dec('600000'));
    expect(result.pay.toString()).toBe('20000');
    expect(slices(result.slices)).toEqual([
      { band: 0, amount: '100000', rate: '0.08', pay: '8000' },
      { band: 1, amount: '100000', rate: '0.12', pay: '12000' },
    ]);
  });

  it('equals marginal(to) − marginal(from)', () => {
    const difference = marginal(accelerator, dec('700000')).pay.minus(
      marginal(accelerator, dec('123456.78')).pay,
    );
    expect(marginalBetween(accelerator, dec('123456.78'), dec('700000')).pay.toString()).toBe(
      difference.toString(),
    );
  });

  it('prices deals in order so their sum is the marginal of the year to date', () => {
    const first = marginalBetween(accelerator, dec('0'), dec('400000'));
    const second = marginalBetween(accelerator, dec('400000'), dec('700000'));
    expect(first.pay.toString()).toBe('32000');
    expect(second.pay.toString()).toBe('32000');
    expect(first.pay.plus(second.pay).toString()).toBe(
      marginal(accelerator, dec('700000')).pay.toString(),
    );
  });

  it('takes back at the rates it paid when the total goes down', () => {
    const result = marginalBetween(accelerator, dec('600000'), dec('400000'));
    expect(result.pay.toString()).toBe('-20000');
    expect(slices(result.slices)).toEqual([
      { band: 0, amount: '-100000', rate: '0.08', pay: '-8000' },
      { band: 1, amount: '-100000', rate: '0.12', pay: '-12000' },
    ]);
  });

  it('crosses zero using the rate of the band that owns 0 below it', () => {
    const result = marginalBetween(accelerator, dec('-1000'), dec('1000'));
    expect(result.pay.toString()).toBe('160');
    expect(slices(result.slices)).toEqual([
      { band: 0, amount: '1000', rate: '0.08', pay: '80' },
      { band: 0, amount: '1000', rate: '0.08', pay: '80' },
    ]);
  });
});

describe('retroactive', () => {
  const fullRate = [below('500000', constant('0.08')), from('500000', constant('0.12'))];

  it('applies the rate finally reached to the whole amount: $600,000 → $72,000', () => {
    const result = retroactive(fullRate, dec('600000'));
    expect([result.pay.toString(), result.band, result.rate.toString()]).toEqual([
      '72000',
      1,
      '0.12',
    ]);
  });

  it('gives the boundary to the band that owns it', () => {
    expect(retroactive(fullRate, dec('500000')).pay.toString()).toBe('60000');
    expect(retroactive(fullRate, dec('499999.99')).pay.toString()).toBe('39999.9992');
  });
});

describe('lookup', () => {
  // GRR-tiered renewal commission: < 75% → 1%, 75–90% → 3%, > 90% → 5%.
  const grrTiers = [
    below('0.75', constant('0.01')),
    fromUpTo('0.75', '0.9', constant('0.03')),
    above('0.9', constant('0.05')),
  ];

  it.each([
    ['0.74', 0, '0.01'],
    ['0.75', 1, '0.03'],
    ['0.9', 1, '0.03'],
    ['0.9000001', 2, '0.05'],
    ['0.92', 2, '0.05'],
  ])('GRR %s is in band %i at %s', (grr, band, rate) => {
    expect(findBand(grrTiers, dec(grr))).toBe(band);
    const result = lookup(grrTiers, dec(grr), dec('1000000'));
    expect([result.band, result.rate.toString()]).toEqual([band, rate]);
  });

  it('pays $50,000 on $1,000,000 of renewals at 92% GRR', () => {
    expect(lookup(grrTiers, dec('0.92'), dec('1000000')).pay.toString()).toBe('50000');
  });

  it('pays nothing when no band holds the key', () => {
    const gappy: RuntimeBand[] = [below('0.5', constant('0.01'))];
    const result = lookup(gappy, dec('0.6'), dec('1000'));
    expect([result.pay.toString(), result.band, result.rate.toString()]).toEqual(['0', -1, '0']);
  });
});

describe('proRata', () => {
  const fixedAmounts = [
    upTo('100000', constant('2000')),
    aboveUpTo('100000', '200000', constant('3000')),
  ];
  const pay = (bands: RuntimeBand[], amount: string) => proRata(bands, dec(amount)).pay.toString();

  it('pays completed bands in full and the band reached in proportion', () => {
    const result = proRata(fixedAmounts, dec('150000'));
    expect(result.pay.toString()).toBe('3500');
    expect(result.slices.map((s) => [s.band, s.fraction.toString(), s.pay.toString()])).toEqual([
      [0, '1', '2000'],
      [1, '0.5', '1500'],
    ]);
  });

  it('starts a band unbounded below at 0 and pays nothing at or below 0', () => {
    expect(pay(fixedAmounts, '50000')).toBe('1000');
    expect(pay(fixedAmounts, '0')).toBe('0');
    expect(pay(fixedAmounts, '-5000')).toBe('0');
    expect(proRata(fixedAmounts, dec('0')).slices).toEqual([]);
  });

  it('pays every band in full past the last boundary', () => {
    expect(pay(fixedAmounts, '100000')).toBe('2000');
    expect(pay(fixedAmounts, '200000')).toBe('5000');
    expect(pay(fixedAmounts, '250000')).toBe('5000');
  });

  it('keeps a one-third share exact until the line is rounded', () => {
    expect(pay(fixedAmounts, '133333.33')).toBe('2999.9999');
    expect(pay([upTo('3', constant('100'))], '1')).toBe(
      '33.33333333333333333333333333333333333333',
    );
  });

  it('pays a band unbounded above in full once the amount is inside it', () => {
    const withKicker = [...fixedAmounts, above('200000', constant('1000'))];
    expect(pay(withKicker, '200000')).toBe('5000');
    expect(pay(withKicker, '200000.01')).toBe('6000');
  });
});
