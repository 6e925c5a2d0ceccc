import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Dec,
  type RuntimeBand,
  dec,
  marginal,
  marginalBetween,
} from '../../src/runtime/index.js';

// Amounts in cents and rates in basis points, turned into exact decimals without JavaScript numbers.
const cents = (value: bigint): Dec => dec(value.toString()).div(100);
const amount = fc.bigInt({ min: -100_000_000_000n, max: 100_000_000_000n }).map(cents);
const rate = fc.bigInt({ min: 0n, max: 10_000n }).map((bp) => dec(bp.toString()).div(10_000));

/** A contiguous table unbounded at both ends; each inner boundary owned by a random side. */
const table: fc.Arbitrary<RuntimeBand[]> = fc
  .uniqueArray(fc.bigInt({ min: 1n, max: 100_000_000_000n }), { maxLength: 5 })
  .chain((raw) => {
    const boundaries = [...raw].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(cents);
    return fc
      .tuple(
        fc.array(fc.boolean(), { minLength: boundaries.length, maxLength: boundaries.length }),
        fc.array(rate, { minLength: boundaries.length + 1, maxLength: boundaries.length + 1 }),
      )
      .map(([lowerOwns, rates]) =>
        rates.map((r, i) => ({
          lower: boundaries[i - 1] ?? null,
          lowerInclusive: i > 0 && !lowerOwns[i - 1],
          upper: boundaries[i] ?? null,
          upperInclusive: lowerOwns[i] ?? false,
          value: { kind: 'constant', value: r } as const,
        })),
      );
  });

describe('marginal commission properties', () => {
  it('is monotone non-decreasing in the amount for non-negative rates', () => {
    fc.assert(
      fc.property(table, amount, amount, (bands, a, b) => {
        const [low, high] = a.lte(b) ? [a, b] : [b, a];
        expect(marginal(bands, low).pay.lte(marginal(bands, high).pay)).toBe(true);
      }),
    );
  });

  it('adds up over consecutive intervals: between(a,b) + between(b,c) = between(a,c)', () => {
    fc.assert(
      fc.property(table, amount, amount, amount, (bands, a, b, c) => {
        const split = marginalBetween(bands, a, b).pay.plus(marginalBetween(bands, b, c).pay);
        expect(split.toString()).toBe(marginalBetween(bands, a, c).pay.toString());
      }),
    );
  });

  it('prices an interval as marginal(to) − marginal(from)', () => {
    fc.assert(
      fc.property(table, amount, amount, (bands, a, b) => {
        const difference = marginal(bands, b).pay.minus(marginal(bands, a).pay);
        expect(marginalBetween(bands, a, b).pay.toString()).toBe(difference.toString());
      }),
    );
  });
});
