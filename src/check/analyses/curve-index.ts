/**
 * A curve's bands indexed once, so the analyses can ask for the curve's value at many points in
 * O(log n) each instead of the run time's O(n) scan: with 10,000 bands, asking at every band end
 * through `curveAt` was quadratic (minutes). The answers are exactly `curveAt`'s, value and band:
 *
 * - the band is the first that contains x, as `findBand` finds it. When the bands are in order
 *   (each band's lower ≤ upper ≤ the next band's lower, with unbounded ends only first and last),
 *   only bands whose closed interval holds x can contain it and they are consecutive, so a binary
 *   search finds the first of them and a short scan checks each one's open or closed ends in order.
 *   Bands out of order fall back to the same linear scan as the run time.
 * - the value is `curveValueIn`'s, with the same decimal operations in the same order; a slope
 *   band's start (the curve's value at the end of the band before) is computed once per band,
 *   iteratively, instead of recursing back through a run of slope bands on every call.
 *
 * `at(x, owners)` answers for the same bands with some boundary ownerships changed (the analyses
 * give a boundary to one side to see each side's value there): `owners` maps a band's index to the
 * band to use in its place for the containment test. Only the inclusive flags may differ.
 */
import { ZERO, type Dec } from '../../runtime/decimal.js';
import { contains, curveValueIn, slopeStartFrom, type CurvePoint, type RuntimeBand } from '../../runtime/tiers.js';

export type Owners = ReadonlyMap<number, RuntimeBand>;

export class CurveIndex {
  readonly bands: readonly RuntimeBand[];
  private readonly ordered: boolean;
  private readonly starts: (Dec | undefined)[] = [];
  private last = 0;

  constructor(bands: readonly RuntimeBand[]) {
    this.bands = bands;
    this.ordered = inOrder(bands);
  }

  /** The curve's value at x and the band that gave it, exactly as `curveAt(bands, x)`. */
  at(x: Dec, owners?: Owners): CurvePoint {
    const band = this.find(x, owners);
    return band === -1 ? { value: ZERO, band } : { value: this.valueIn(band, x), band };
  }

  /** The first band that contains x (with `owners` in place of the bands they replace), or −1. */
  find(x: Dec, owners?: Owners): number {
    const bands = this.bands;
    const test = (i: number) => contains(owners?.get(i) ?? bands[i]!, x);
    if (!this.ordered) {
      for (let i = 0; i < bands.length; i++) if (test(i)) return i;
      return -1;
    }
    // The first band whose upper end is at or above x: every band before it ends below x. The
    // analyses ask in ascending order, so the last answer or the band after it usually is it.
    let lo = this.isFirstReaching(this.last, x) ? this.last : this.isFirstReaching(this.last + 1, x) ? this.last + 1 : -1;
    if (lo === -1) {
      lo = 0;
      let hi = bands.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const upper = bands[mid]!.upper;
        if (upper !== null && upper.lt(x)) lo = mid + 1;
        else hi = mid;
      }
    }
    this.last = lo;
    for (let i = lo; i < bands.length; i++) {
      const lower = bands[i]!.lower;
      if (lower !== null && lower.gt(x)) break; // this band and every later one start above x
      if (test(i)) return i;
    }
    return -1;
  }

  /** Whether band i is the first whose upper end is at or above x (i = the count: none is). */
  private isFirstReaching(i: number, x: Dec): boolean {
    const bands = this.bands;
    if (i < 0 || i > bands.length) return false;
    const before = i === 0 ? null : bands[i - 1]!.upper;
    if (i > 0 && (before === null || !before.lt(x))) return false;
    const upper = i === bands.length ? null : bands[i]!.upper;
    return i === bands.length || upper === null || !upper.lt(x);
  }

  private valueIn(index: number, x: Dec): Dec {
    return curveValueIn(this.bands, index, x, (i) => this.slopeStart(i));
  }

  /** `slopeStart` of the run time, memoised: back to the first band whose start is known, then forward. */
  private slopeStart(index: number): Dec {
    let first = index;
    while (first > 0 && this.starts[first] === undefined && this.bands[first - 1]!.value.kind === 'slope') first--;
    for (let i = first; i <= index; i++) {
      if (this.starts[i] !== undefined) continue;
      this.starts[i] = this.startFrom(i);
    }
    return this.starts[index]!;
  }

  private startFrom(index: number): Dec {
    // Known: the loop in slopeStart computed index − 1 first.
    return slopeStartFrom(this.bands, index, () => this.starts[index - 1]!);
  }
}

/** Each band's lower ≤ its upper ≤ the next band's lower; only the first may be open below, the last above. */
function inOrder(bands: readonly RuntimeBand[]): boolean {
  let previousUpper: Dec | null = null;
  for (let i = 0; i < bands.length; i++) {
    const { lower, upper } = bands[i]!;
    if (lower === null ? i > 0 : previousUpper !== null && lower.lt(previousUpper)) return false;
    if (upper === null ? i < bands.length - 1 : lower !== null && upper.lt(lower)) return false;
    previousUpper = upper;
  }
  return true;
}
