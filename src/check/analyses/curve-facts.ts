/**
 * What a component's payout curve pays, computed exactly from its piecewise-linear form: the payout
 * at 50%, 100%, 150% and 200% attainment, where a cap binds, and the most it can pay. Used by the
 * payout-at-target and exposure analyses, `payplan check --report` and editor hovers.
 */
import type { Expr } from '../../syntax/ast.js';
import { D, type Dec } from '../../runtime/decimal.js';
import type { RuntimeBand } from '../../runtime/tiers.js';
import type { ComponentInfo } from '../model.js';
import { constantValue } from '../constant.js';
import { constantBands } from './constant-bands.js';
import { CurveIndex } from './curve-index.js';

export const REPORT_POINTS = ['0.5', '1', '1.5', '2'] as const;

export interface CurveFacts {
  readonly bands: readonly RuntimeBand[];
  /** The component's caps as shares of its target, when written as `k of target`. */
  readonly capShare: Dec | null;
  /** Payout as a share of target at each report point, after the cap. */
  readonly at: readonly { readonly attainment: Dec; readonly share: Dec }[];
  /** The most the curve pays as a share of target (after the cap), or null when it never stops rising. */
  readonly maxShare: Dec | null;
}

export function curveFacts(component: ComponentInfo): CurveFacts | null {
  const rule = component.rule;
  if (rule?.kind !== 'Curve') return null;
  const bands = constantBands(rule.bands);
  if (!bands || bands.length === 0) return null;
  const capShare = shareOfTarget(component.caps);
  const limit = (share: Dec) => (capShare && share.gt(capShare) ? capShare : share);
  const curve = new CurveIndex(bands);
  const at = REPORT_POINTS.map((p) => ({ attainment: new D(p), share: limit(curve.at(new D(p)).value) }));
  return { bands, capShare, at, maxShare: maxShare(curve, capShare) };
}

/** The lowest `k of target` / `k * target` cap, as k. */
export function shareOfTarget(limits: readonly Expr[]): Dec | null {
  let lowest: Dec | null = null;
  for (const e of limits) {
    const k = targetShare(e);
    if (k && (!lowest || k.lt(lowest))) lowest = k;
  }
  return lowest;
}

function targetShare(e: Expr): Dec | null {
  if (e.kind === 'Paren') return targetShare(e.inner);
  if (e.kind === 'Binary' && (e.op === 'of' || e.op === '*')) {
    const [k, t] = e.right.kind === 'Name' ? [e.left, e.right] : [e.right, e.left];
    if (t.kind === 'Name' && t.name === 'target') return constantValue(k);
  }
  return null;
}

function maxShare(curve: CurveIndex, cap: Dec | null): Dec | null {
  const bands = curve.bands;
  const last = bands[bands.length - 1]!;
  const rising = last.upper === null && (last.value.kind === 'slope' ? last.value.slope.gt(0) : false);
  if (rising) return cap;
  // Otherwise the maximum is at a band end: evaluate every bound (and just inside open ones).
  let max = new D(0);
  for (const band of bands) {
    for (const x of [band.lower, band.upper]) {
      if (x === null) continue;
      const v = curve.at(x).value;
      if (v.gt(max)) max = v;
    }
    if (band.value.kind === 'constant' && band.value.value.gt(max)) max = band.value.value;
    if (band.value.kind === 'linear') max = D.max(max, band.value.from, band.value.to);
  }
  return cap && max.gt(cap) ? cap : max;
}
