/** Band constructors that read like the plan syntax they stand for, for runtime tests. */
import { type BandPayout, type RuntimeBand, dec } from '../../src/runtime/index.js';

function band(
  lower: string | null,
  lowerInclusive: boolean,
  upper: string | null,
  upperInclusive: boolean,
  value: BandPayout,
): RuntimeBand {
  return {
    lower: lower === null ? null : dec(lower),
    lowerInclusive,
    upper: upper === null ? null : dec(upper),
    upperInclusive,
    value,
  };
}

export const constant = (value: string): BandPayout => ({ kind: 'constant', value: dec(value) });
export const linear = (from: string, to: string): BandPayout => ({
  kind: 'linear',
  from: dec(from),
  to: dec(to),
});
export const slope = (value: string): BandPayout => ({ kind: 'slope', slope: dec(value) });

export const below = (upper: string, value: BandPayout) => band(null, false, upper, false, value);
export const upTo = (upper: string, value: BandPayout) => band(null, false, upper, true, value);
export const from = (lower: string, value: BandPayout) => band(lower, true, null, false, value);
export const above = (lower: string, value: BandPayout) => band(lower, false, null, false, value);
export const fromBelow = (lower: string, upper: string, value: BandPayout) =>
  band(lower, true, upper, false, value);
export const fromUpTo = (lower: string, upper: string, value: BandPayout) =>
  band(lower, true, upper, true, value);
export const aboveUpTo = (lower: string, upper: string, value: BandPayout) =>
  band(lower, false, upper, true, value);
