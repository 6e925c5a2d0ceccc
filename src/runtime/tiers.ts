/**
 * Bands, payout curves and commission tables, all in exact decimal. The checker guarantees that a
 * table's bands are in ascending order, cover their domain without gaps or overlaps, and that every
 * band has the payout kind its table needs; these functions rely on that and do not re-check it.
 */
import { type Dec, ONE, ZERO, sum } from './decimal.js';

export interface RuntimeBand {
  lower: Dec | null; // null = unbounded below
  lowerInclusive: boolean;
  upper: Dec | null; // null = unbounded above
  upperInclusive: boolean;
  value: BandPayout;
}

export type BandPayout =
  | { kind: 'constant'; value: Dec }
  | { kind: 'linear'; from: Dec; to: Dec }
  | { kind: 'slope'; slope: Dec };

/** The part of an amount that fell in one band, and what it paid there. */
export interface CommissionSlice {
  band: number;
  amount: Dec;
  rate: Dec;
  pay: Dec;
}

export interface MarginalResult {
  pay: Dec;
  slices: CommissionSlice[];
}

/** One band's rate applied to a whole amount; band −1 (rate 0) when no band holds the key. */
export interface SingleRateResult {
  pay: Dec;
  band: number;
  rate: Dec;
}

/** A payout curve's value (a ratio of target) and the index of the band that gave it. */
export interface CurvePoint {
  value: Dec;
  band: number;
}

/** How much of one pro-rata band was reached (1 when complete) and what it paid. */
export interface ProRataSlice {
  band: number;
  fraction: Dec;
  pay: Dec;
}

export interface ProRataResult {
  pay: Dec;
  slices: ProRataSlice[];
}

/** Whether a band owns x, honouring which side owns each of its bounds. */
export function contains(band: RuntimeBand, x: Dec): boolean {
  const aboveLower =
    band.lower === null || x.gt(band.lower) || (band.lowerInclusive && x.eq(band.lower));
  const belowUpper =
    band.upper === null || x.lt(band.upper) || (band.upperInclusive && x.eq(band.upper));
  return aboveLower && belowUpper;
}

/** The index of the band that owns x, honouring which side owns each boundary; −1 if none. */
export function findBand(bands: readonly RuntimeBand[], x: Dec): number {
  for (let i = 0; i < bands.length; i++) if (contains(bands[i]!, x)) return i;
  return -1;
}

function bandAt(bands: readonly RuntimeBand[], index: number): RuntimeBand {
  const band = bands[index];
  if (band === undefined) throw new RangeError(`no band ${index} in a table of ${bands.length}`);
  return band;
}

function requireBound(bound: Dec | null, which: string, kind: string): Dec {
  if (bound === null) throw new Error(`internal: a ${kind} band needs a ${which} bound`);
  return bound;
}

/**
 * Where a slope band starts: the curve's value at the end of the band before it. A slope band with
 * no band before it starts from 0.
 */
function slopeStart(bands: readonly RuntimeBand[], index: number): Dec {
  return slopeStartFrom(bands, index, () => slopeStart(bands, index - 1));
}

/**
 * One step of slopeStart: band `index`'s start from the band before it, given how to get that
 * band's own start (asked only when it is a slope). The checker's curve index memoises through it.
 */
export function slopeStartFrom(bands: readonly RuntimeBand[], index: number, previousStart: () => Dec): Dec {
  if (index === 0) return ZERO;
  const previous = bandAt(bands, index - 1);
  switch (previous.value.kind) {
    case 'constant':
      return previous.value.value;
    case 'linear':
      return previous.value.to;
    case 'slope': {
      // The previous band ends where this one starts (the bands are contiguous).
      const end = requireBound(bandAt(bands, index).lower, 'lower', 'slope');
      const start = requireBound(previous.lower, 'lower', 'slope');
      return previousStart().plus(previous.value.slope.times(end.minus(start)));
    }
  }
}

/** The curve's value at x inside band `index`; `start` gives a slope band's start (memoised by the checker). */
export function curveValueIn(bands: readonly RuntimeBand[], index: number, x: Dec, start: (index: number) => Dec = (i) => slopeStart(bands, i)): Dec {
  const band = bandAt(bands, index);
  const payout = band.value;
  switch (payout.kind) {
    case 'constant':
      return payout.value;
    case 'linear': {
      const lower = requireBound(band.lower, 'lower', 'linear');
      const upper = requireBound(band.upper, 'upper', 'linear');
      // Multiply before dividing so the only inexact step is one division (95%: 0.05/0.15 × …).
      const rise = x.minus(lower).times(payout.to.minus(payout.from));
      return payout.from.plus(rise.div(upper.minus(lower)));
    }
    case 'slope': {
      const lower = requireBound(band.lower, 'lower', 'slope');
      return start(index).plus(payout.slope.times(x.minus(lower)));
    }
  }
}

/**
 * The payout curve's value at x (a ratio of target) and the band that gave it. Outside every band
 * the curve is 0 with band −1 rather than an error: the checker guarantees coverage, so only bands
 * built without it can get there.
 */
export function curveAt(bands: readonly RuntimeBand[], x: Dec): CurvePoint {
  const band = findBand(bands, x);
  return band === -1 ? { value: ZERO, band } : { value: curveValueIn(bands, band, x), band };
}

/** A commission band's rate, or a pro-rata band's amount: commission bands are constants. */
function constantOf(band: RuntimeBand): Dec {
  if (band.value.kind !== 'constant') {
    throw new Error(`internal: a commission band pays a constant, not ${band.value.kind}`);
  }
  return band.value.value;
}

function singleRate(bands: readonly RuntimeBand[], key: Dec, amount: Dec): SingleRateResult {
  const band = findBand(bands, key);
  const rate = band === -1 ? ZERO : constantOf(bandAt(bands, band));
  return { pay: amount.times(rate), band, rate };
}

function slice(band: number, amount: Dec, rate: Dec): CommissionSlice {
  return { band, amount, rate, pay: amount.times(rate) };
}

/**
 * The slices of [low, high] (low ≤ high) with a width above zero. A band unbounded below starts at
 * 0, and the part of the interval below 0 is paid at the rate of the band that owns 0: a negative
 * amount (a reversal) takes back at the rate the first dollar was paid at.
 */
function slicesOver(bands: readonly RuntimeBand[], low: Dec, high: Dec): CommissionSlice[] {
  const slices: CommissionSlice[] = [];
  if (low.lt(0)) {
    const owner = findBand(bands, ZERO);
    if (owner !== -1) {
      const width = (high.lt(0) ? high : ZERO).minus(low);
      if (width.gt(0)) slices.push(slice(owner, width, constantOf(bandAt(bands, owner))));
    }
  }
  for (let index = 0; index < bands.length; index++) {
    const band = bands[index]!;
    const start = larger(larger(ZERO, low), band.lower ?? ZERO);
    const end = band.upper === null ? high : smaller(high, band.upper);
    if (end.gt(start)) slices.push(slice(index, end.minus(start), constantOf(band)));
  }
  return slices;
}

/** D.max(a, b) and D.min(a, b) without copying either: the first of equal values wins, as there. */
function larger(a: Dec, b: Dec): Dec {
  return a.lt(b) ? b : a;
}

function smaller(a: Dec, b: Dec): Dec {
  return a.gt(b) ? b : a;
}

function negated(slices: CommissionSlice[]): CommissionSlice[] {
  return slices.map((s) => ({ ...s, amount: s.amount.neg(), pay: s.pay.neg() }));
}

function totalled(slices: CommissionSlice[]): MarginalResult {
  // sum(slices.map((s) => s.pay)), without the array: the same additions, from zero, in order.
  let pay = ZERO;
  for (const s of slices) pay = pay.plus(s.pay);
  return { pay, slices };
}

/**
 * Marginal (step) tiers: the part of [0, amount] inside each band is paid at that band's rate.
 * A negative amount is paid, whole, at the rate of the band that owns 0.
 */
export function marginal(bands: readonly RuntimeBand[], amount: Dec): MarginalResult {
  return marginalBetween(bands, ZERO, amount);
}

/**
 * marginal(to) − marginal(from), with the slices of [from, to]: what moving a running total from
 * `from` to `to` earns. When `to` is below `from` the slices and pay are negative.
 */
export function marginalBetween(bands: readonly RuntimeBand[], from: Dec, to: Dec): MarginalResult {
  return from.lte(to)
    ? totalled(slicesOver(bands, from, to))
    : totalled(negated(slicesOver(bands, to, from)));
}

/** Retroactive (full-rate) tiers: the rate of the band the amount reaches applies to all of it. */
export function retroactive(bands: readonly RuntimeBand[], amount: Dec): SingleRateResult {
  return singleRate(bands, amount, amount);
}

/** A rate looked up by another measure (`by grr`): the band owning key prices the amount. */
export function lookup(bands: readonly RuntimeBand[], key: Dec, amount: Dec): SingleRateResult {
  return singleRate(bands, key, amount);
}

/**
 * Pro-rata tiers, whose band values are Money: a band wholly below the amount pays its value, the
 * band the amount falls in pays its value in proportion to the part of its width reached, bands
 * above pay nothing. A band unbounded below starts at 0. The checker rejects a band unbounded above
 * (PP4033: it has no width to pro-rate); were one to reach here, it pays its whole value as soon
 * as the amount is inside it.
 */
export function proRata(bands: readonly RuntimeBand[], amount: Dec): ProRataResult {
  const slices: ProRataSlice[] = [];
  bands.forEach((band, index) => {
    const value = constantOf(band);
    if (band.upper === null) {
      if (contains(band, amount)) slices.push({ band: index, fraction: ONE, pay: value });
      return;
    }
    const start = band.lower ?? ZERO;
    if (amount.gte(band.upper)) {
      slices.push({ band: index, fraction: ONE, pay: value });
    } else if (amount.gt(start)) {
      const width = band.upper.minus(start);
      const reached = amount.minus(start);
      slices.push({
        band: index,
        fraction: reached.div(width),
        pay: value.times(reached).div(width),
      });
    }
  });
  return { pay: sum(slices.map((s) => s.pay)), slices };
}
