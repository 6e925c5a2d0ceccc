/**
 * The exposure report (`payplan check --report`, editor hovers): for each component, its target
 * incentive, what it pays at 50%, 100%, 150% and 200% attainment, and the most it can pay in a
 * period and in the year, given its caps; and the most the whole plan can pay. Computed exactly
 * from the plan's fixed values; where a payout depends on data (a commission with no cap), the
 * maximum is null: uncapped.
 */
import { D, type Dec } from '../runtime/decimal.js';
import { constantValue } from './constant.js';
import { curveFacts, shareOfTarget } from './analyses/curve-facts.js';
import type { CheckedPlan, ComponentInfo } from './model.js';

export interface ComponentReport {
  readonly name: string;
  readonly rule: 'curve' | 'commission' | 'payout' | 'none';
  readonly annualTarget: Dec | null;
  readonly periodTarget: Dec | null;
  /** Payout per period at 50%, 100%, 150% and 200% attainment (curves with fixed bands only). */
  readonly at: readonly { readonly attainment: Dec; readonly amount: Dec }[];
  /** The most it pays in one period, or null when uncapped. */
  readonly periodMax: Dec | null;
  readonly yearMax: Dec | null;
}

export interface PlanReport {
  readonly plan: string;
  readonly currency: string;
  readonly periods: number;
  readonly components: readonly ComponentReport[];
  /** The most the plan's components can pay in a year (bonuses excluded), or null when any is uncapped. */
  readonly yearMax: Dec | null;
}

export function planReport(plan: CheckedPlan): PlanReport {
  const periods = plan.periodNames.length;
  const components = plan.components.map((c) => componentReport(c, periods));
  const maxima = components.map((c) => c.yearMax);
  const yearMax = maxima.every((m): m is Dec => m !== null) ? maxima.reduce((a, b) => a.plus(b), new D(0)) : null;
  return { plan: plan.name, currency: plan.currency, periods, components, yearMax };
}

function componentReport(c: ComponentInfo, periods: number): ComponentReport {
  const periodTarget = c.annualTarget ? c.annualTarget.div(periods) : null;
  const facts = curveFacts(c);
  const at = facts && periodTarget ? facts.at.map((p) => ({ attainment: p.attainment, amount: p.share.times(periodTarget) })) : [];
  const shareMax = facts?.maxShare ?? shareOfTarget(c.caps);
  const fromShare = shareMax !== null && periodTarget ? shareMax.times(periodTarget) : null;
  const capped = lowest([fromShare, ...c.caps.map((e) => constantValue(e))]);
  // A cumulative component's cap bounds its year to date, which one true-up may pay at once.
  const cumulativeMax = c.decl.cumulative && shareMax !== null && c.annualTarget ? shareMax.times(c.annualTarget) : null;
  const periodMax = c.decl.cumulative ? cumulativeMax : capped;
  return {
    name: c.name,
    rule: c.rule === null ? 'none' : c.rule.kind === 'Curve' ? 'curve' : c.rule.kind === 'Commission' ? 'commission' : 'payout',
    annualTarget: c.annualTarget,
    periodTarget,
    at,
    periodMax,
    yearMax: c.decl.cumulative ? cumulativeMax : periodMax ? periodMax.times(periods) : null,
  };
}

function lowest(values: readonly (Dec | null)[]): Dec | null {
  return values.reduce<Dec | null>((min, v) => (v === null ? min : min === null || v.lt(min) ? v : min), null);
}
