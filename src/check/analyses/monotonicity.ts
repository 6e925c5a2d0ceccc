/**
 * Monotonicity: paying less for selling more is almost always a mistake. On a curve with fixed
 * bounds, the payout can fall only inside a band (a falling `linear`, a negative `slope`) or where
 * one band hands over to the next; each is found exactly from the piecewise-linear form and reported
 * with a counterexample: two attainments and what each pays. A retroactive table falls wherever a
 * higher band has a lower rate. A plan that means it says `allow "payout-decreases"`.
 */
import type { Band, CommissionItem, CurveItem } from '../../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { D, type Dec } from '../../runtime/decimal.js';
import { formatPercent } from '../../runtime/format.js';
import type { RuntimeBand } from '../../runtime/tiers.js';
import { constantValue } from '../constant.js';
import { constantBands } from './constant-bands.js';
import { CurveIndex } from './curve-index.js';

export function checkCurveMonotone(curve: CurveItem, diagnostics: Diagnostic[]): void {
  const bands = constantBands(curve.bands);
  if (!bands) return;
  const index = new CurveIndex(bands);
  const at = (x: Dec) => index.at(x).value;
  const report = (band: Band, x1: Dec, x2: Dec): void => {
    diagnostics.push(
      createDiagnostic('PP4021', band.span, { high: formatPercent(at(x1)), low: formatPercent(at(x2)), x1: formatPercent(x1), x2: formatPercent(x2) }),
    );
  };
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i]!;
    const inside = fallsInside(band);
    if (inside) return report(curve.bands[i]!, inside[0], inside[1]);
    const next = bands[i + 1];
    if (!next || band.upper === null) continue;
    const b = band.upper;
    // The band's own value at the boundary from each side, exactly: give the boundary to one side.
    const owned = (left: boolean) =>
      new Map([
        [i, { ...band, upperInclusive: left }],
        [i + 1, { ...next, lowerInclusive: !left }],
      ]);
    if (!index.at(b, owned(false)).value.lt(index.at(b, owned(true)).value)) continue;
    let d = D.min(width(band), width(next)).div(1000);
    for (let step = 0; step < 80; step++, d = d.div(2)) {
      const x1 = band.upperInclusive ? b : b.minus(d);
      const x2 = next.lowerInclusive ? b : b.plus(d);
      if (at(x1).gt(at(x2))) return report(curve.bands[i + 1]!, x1, x2);
    }
  }
}

/** A retroactive table pays rate × amount; a lower rate in a higher band drops the payout there. */
export function checkRetroactiveMonotone(c: CommissionItem, source: string, diagnostics: Diagnostic[]): void {
  if (c.mode !== 'retroactive') return;
  for (let i = 1; i < c.bands.length; i++) {
    const prev = c.bands[i - 1]!;
    const band = c.bands[i]!;
    const r1 = prev.value.kind === 'ConstantValue' ? constantValue(prev.value.value) : null;
    const r2 = band.value.kind === 'ConstantValue' ? constantValue(band.value.value) : null;
    if (!r1 || !r2 || !r2.lt(r1) || !band.lower) continue;
    const boundary = source.slice(band.lower.value.span.start, band.lower.value.span.end);
    diagnostics.push(
      createDiagnostic('PP4022', band.span, { boundary, high: formatPercent(r1), low: formatPercent(r2) }),
    );
  }
}

/** Two points inside a band where the later one pays less, or null when the band never falls. */
function fallsInside(band: RuntimeBand): [Dec, Dec] | null {
  const v = band.value;
  const falling = (v.kind === 'linear' && v.to.lt(v.from)) || (v.kind === 'slope' && v.slope.lt(0));
  if (!falling || band.lower === null) return null;
  const w = width(band);
  return [band.lower.plus(w.div(4)), band.lower.plus(w.times(3).div(4))];
}

/** A band's width, or 1 (100 points) for a band open on a side. */
function width(band: RuntimeBand): Dec {
  return band.lower !== null && band.upper !== null ? band.upper.minus(band.lower) : new D(1);
}
