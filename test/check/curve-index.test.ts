/** The analyses' indexed curve answers exactly as the run time's `curveAt`, on any bands. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurveIndex } from '../../src/check/analyses/curve-index.js';
import { type BandPayout, type CurvePoint, type Dec, type RuntimeBand, curveAt, dec } from '../../src/runtime/index.js';

const point = fc.integer({ min: -2, max: 12 }).map((n) => dec(String(n)).div(4));
const payout: fc.Arbitrary<BandPayout> = fc.oneof(
  point.map((value) => ({ kind: 'constant' as const, value })),
  fc.tuple(point, point).map(([from, to]) => ({ kind: 'linear' as const, from, to })),
  point.map((slope) => ({ kind: 'slope' as const, slope })),
);

/** Bands in order (sorted bounds, sometimes open at the ends, sometimes gaps or empty bands). */
const ordered = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.boolean(), payout), { minLength: 1, maxLength: 8 })
  .chain((rows) =>
    fc.tuple(fc.boolean(), fc.boolean()).map(([openBelow, openAbove]) => {
      let at = -1;
      return rows.map(([step, lowerInclusive, upperInclusive, value], i): RuntimeBand => {
        const lower = dec(String(at)).div(4);
        at += step;
        const upper = dec(String(at)).div(4);
        return {
          lower: i === 0 && openBelow ? null : lower,
          lowerInclusive,
          upper: i === rows.length - 1 && openAbove ? null : upper,
          upperInclusive,
          value,
        };
      });
    }),
  );

/** Any bands at all, out of order and overlapping. */
const anyBands = fc.array(
  fc.record({
    lower: fc.option(point, { nil: null }),
    lowerInclusive: fc.boolean(),
    upper: fc.option(point, { nil: null }),
    upperInclusive: fc.boolean(),
    value: payout,
  }),
  { minLength: 1, maxLength: 6 },
);

/** A curve point, or the error computing it threw, as comparable text. */
function outcome(f: () => CurvePoint): unknown {
  try {
    const p = f();
    return { value: p.value.toString(), band: p.band };
  } catch (e) {
    return String(e);
  }
}

function same(bands: RuntimeBand[], x: Dec, index: CurveIndex): void {
  expect(outcome(() => index.at(x))).toEqual(outcome(() => curveAt(bands, x)));
}

describe('CurveIndex', () => {
  it('answers as curveAt on bands in order', () => {
    fc.assert(fc.property(ordered, fc.array(point, { maxLength: 10 }), (bands, xs) => {
      const index = new CurveIndex(bands);
      for (const x of xs) same(bands, x, index);
    }));
  });

  it('answers as curveAt on any bands', () => {
    fc.assert(fc.property(anyBands, fc.array(point, { maxLength: 10 }), (bands, xs) => {
      const index = new CurveIndex(bands);
      for (const x of xs) same(bands, x, index);
    }));
  });

  it('answers as curveAt with a boundary given to one side', () => {
    fc.assert(fc.property(ordered, fc.nat(), fc.boolean(), (bands, k, left) => {
      if (bands.length < 2) return;
      const i = k % (bands.length - 1);
      const x = bands[i]!.upper;
      if (x === null) return;
      const owned = bands.map((b, j) => (j === i ? { ...b, upperInclusive: left } : j === i + 1 ? { ...b, lowerInclusive: !left } : b));
      const owners = new Map([[i, owned[i]!], [i + 1, owned[i + 1]!]]);
      expect(outcome(() => new CurveIndex(bands).at(x, owners))).toEqual(outcome(() => curveAt(owned, x)));
    }));
  });
});
