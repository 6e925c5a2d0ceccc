/**
 * Tier coverage: the bands of a curve or rate table must cover 0 and everything above it exactly
 * once, in order. Each boundary says which side owns it, so "exactly 100%" is in one band, never
 * two or none. Bounds are compared exactly when they are fixed values or multiples of one measure
 * (`100% of quota`, `120% of quota`); a table that mixes measures is left to run time.
 */
import type { Band, Bound } from '../../syntax/ast.js';
import { createDiagnostic, type Diagnostic, type Fix } from '../../diagnostics/diagnostic.js';
import { linearBound, type LinearBound } from '../constant.js';

interface Edge {
  readonly value: LinearBound;
  readonly inclusive: boolean;
  readonly bound: Bound;
}

interface Interval {
  readonly band: Band;
  readonly lower: Edge | null;
  readonly upper: Edge | null;
}

/** How a bound value reads in a message: `100%`, `$500,000`, `120% of quota`. */
export type BoundFormatter = (value: LinearBound) => string;

/**
 * `toppedOut`: the table pays nothing above its last band (a pro rata table, whose bands are all
 * complete there), so a last band with an upper bound leaves no gap.
 */
export function checkTierCoverage(bands: readonly Band[], source: string, format: BoundFormatter, diagnostics: Diagnostic[], toppedOut = false): void {
  const intervals = toIntervals(bands, source);
  if (!intervals) {
    diagnostics.push(createDiagnostic('PP4028', bands[0]!.span, { what: 'that these bands cover every value exactly once', why: 'their bounds use more than one measure' }));
    return;
  }
  if (intervals.length === 0) return;
  // Out of order, every gap and overlap message would be noise: say only that.
  const misplaced = intervals.findIndex((cur, i) => i > 0 && startsBefore(cur, intervals[i - 1]!));
  if (misplaced > 0) {
    const related = [{ span: intervals[misplaced - 1]!.band.span, message: 'the band before it' }];
    diagnostics.push(createDiagnostic('PP4005', intervals[misplaced]!.band.span, {}, { related }));
    return;
  }
  const first = intervals[0]!;
  if (first.lower && !(first.lower.value.coefficient.isZero() && first.lower.inclusive)) {
    const interval = first.lower.value.coefficient.isZero() ? `exactly ${format(first.lower.value)}` : `${format(zeroLike(first.lower.value))} to ${format(first.lower.value)}`;
    diagnostics.push(
      createDiagnostic('PP4003', first.lower.bound.span, { interval, fix: `start the first band with \`below ${format(first.lower.value)}\` (paying 0% if nothing is paid there)` }),
    );
  }
  for (let i = 1; i < intervals.length; i++) {
    checkAdjacent(intervals[i - 1]!, intervals[i]!, format, source, diagnostics);
  }
  const last = intervals[intervals.length - 1]!;
  if (last.upper && !toppedOut) {
    const word = last.upper.inclusive ? 'above' : 'from';
    // Dropping the upper bound lets the band run on; a band with no lower bound would have none left.
    const runOn = last.lower
      ? [{ title: 'Let the last band run on', edits: [{ span: { start: last.lower.bound.span.end, end: last.upper.bound.span.end }, newText: '' }] }]
      : [];
    diagnostics.push(
      createDiagnostic('PP4003', last.upper.bound.span, {
        interval: `${last.upper.inclusive ? 'anything above' : 'anything from'} ${format(last.upper.value)}`,
        fix: `let the last band run on, or add a band \`${word} ${format(last.upper.value)} -> …\``,
      }, { fixes: runOn }),
    );
  }
}

function checkAdjacent(prev: Interval, cur: Interval, format: BoundFormatter, source: string, diagnostics: Diagnostic[]): void {
  const related = [{ span: prev.band.span, message: 'the band before it' }];
  if (!prev.upper || !cur.lower) {
    const at = cur.lower?.bound.span ?? cur.band.span;
    const from = cur.lower ? format(cur.lower.value) : 'the start';
    diagnostics.push(
      createDiagnostic('PP4004', at, { interval: prev.upper ? `everything up to ${format(prev.upper.value)}` : `everything from ${from}` }, { related }),
    );
    return;
  }
  const u = prev.upper;
  const l = cur.lower;
  const order = u.value.coefficient.comparedTo(l.value.coefficient);
  if (order < 0) {
    diagnostics.push(
      createDiagnostic('PP4003', l.bound.span, { interval: `${format(u.value)} to ${format(l.value)}`, fix: `start this band \`${u.inclusive ? 'above' : 'from'} ${format(u.value)}\`` }, {
        related,
        fixes: [closeWith(l, u, format)],
      }),
    );
  } else if (order === 0 && u.inclusive && l.inclusive) {
    diagnostics.push(
      createDiagnostic('PP4004', l.bound.span, { interval: `exactly ${format(l.value)}` }, {
        related,
        help: `decide which band owns ${format(l.value)}: write \`above ${format(l.value)}\` here, or \`below ${format(l.value)}\` in the band before`,
        fixes: [{ title: `Start this band above ${format(l.value)}`, edits: [{ span: keywordSpan(l.bound, source), newText: 'above' }] }],
      }),
    );
  } else if (order === 0 && !u.inclusive && !l.inclusive) {
    diagnostics.push(
      createDiagnostic('PP4003', l.bound.span, { interval: `exactly ${format(l.value)}`, fix: `write \`from ${format(l.value)}\` here, or \`up to ${format(l.value)}\` in the band before` }, {
        related,
        fixes: [{ title: `Start this band from ${format(l.value)}`, edits: [{ span: keywordSpan(l.bound, source), newText: 'from' }] }],
      }),
    );
  } else if (order > 0) {
    diagnostics.push(createDiagnostic('PP4004', l.bound.span, { interval: `${format(l.value)} to ${format(u.value)}` }, { related }));
  }
}

/** A band unbounded below after the first, or starting lower than the band before it. */
function startsBefore(cur: Interval, prev: Interval): boolean {
  if (!cur.lower) return true;
  if (!prev.lower) return false;
  return cur.lower.value.coefficient.lt(prev.lower.value.coefficient);
}

function closeWith(l: Edge, u: Edge, format: BoundFormatter): Fix {
  const keyword = u.inclusive ? 'above' : 'from';
  return { title: `Start this band ${keyword} ${format(u.value)}`, edits: [{ span: l.bound.span, newText: `${keyword} ${format(u.value)}` }] };
}

/** The span of a bound's keyword(s): `from`, `above`, `up to`, `below`. */
function keywordSpan(bound: Bound, source: string): { start: number; end: number } {
  const keyword = /^(?:from|above|below|up\s+to)/.exec(source.slice(bound.span.start, bound.value.span.start));
  return { start: bound.span.start, end: bound.span.start + (keyword?.[0].length ?? 0) };
}

function zeroLike(v: LinearBound): LinearBound {
  return { coefficient: v.coefficient.minus(v.coefficient), base: null };
}

/** null when the bounds cannot be compared exactly (they use more than one measure). */
function toIntervals(bands: readonly Band[], source: string): Interval[] | null {
  let base: string | null | undefined;
  const edge = (bound: Bound | null): Edge | null | 'unknown' => {
    if (!bound) return null;
    const value = linearBound(bound.value, source);
    if (!value) return 'unknown';
    if (!value.coefficient.isZero()) {
      if (base === undefined) base = value.base;
      else if (base !== value.base) return 'unknown';
    }
    return { value, inclusive: bound.inclusive, bound };
  };
  const intervals: Interval[] = [];
  for (const band of bands) {
    const lower = edge(band.lower);
    const upper = edge(band.upper);
    if (lower === 'unknown' || upper === 'unknown') return null;
    intervals.push({ band, lower, upper });
  }
  return intervals;
}
