/**
 * A band a cap makes unreachable: once the curve has reached the cap, every band that starts at or
 * above it (and never falls) pays exactly the cap, so its own terms are dead text.
 */
import type { ComponentInfo } from '../model.js';
import { createDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatPercent } from '../../runtime/format.js';
import { CurveIndex } from './curve-index.js';
import type { CurveFacts } from './curve-facts.js';

export function checkUnreachableBands(component: ComponentInfo, facts: CurveFacts, diagnostics: Diagnostic[]): void {
  const cap = facts.capShare;
  const rule = component.rule;
  if (!cap || rule?.kind !== 'Curve') return;
  const curve = new CurveIndex(facts.bands);
  facts.bands.forEach((band, i) => {
    if (i === 0 || band.lower === null) return;
    const rising = band.value.kind === 'constant' || (band.value.kind === 'linear' ? band.value.to.gte(band.value.from) : band.value.slope.gte(0));
    const owners = new Map([
      [i, { ...band, lowerInclusive: true }],
      [i - 1, { ...facts.bands[i - 1]!, upperInclusive: false }],
    ]);
    const start = curve.at(band.lower, owners).value;
    if (!rising || start.lt(cap)) return;
    diagnostics.push(createDiagnostic('PP4029', rule.bands[i]!.span, { cap: formatPercent(cap), at: formatPercent(band.lower) }));
  });
}
