/**
 * What a plan's numbers are worth before any data arrives: the values of expressions built from
 * literals, `base`, `variable`, `target` and lets of them, each component's target incentive and
 * what its curve pays at a given attainment. Hover, inlay hints and code lens show these. Every
 * value is exact decimal; only display rounds (percentages to two places, never money).
 */
import type { CheckedPlan, ComponentInfo } from '../check/model.js';
import type { Expr } from '../syntax/ast.js';
import { D, type Dec } from '../runtime/decimal.js';
import { formatMoney, formatNumber, formatPercent } from '../runtime/format.js';
import { curveAt } from '../runtime/tiers.js';
import { withinLimits } from '../runtime/ops.js';
import { previewValue } from '../compile/preview.js';
import { constantBands } from '../check/analyses/constant-bands.js';

export type Quantity = 'money' | 'percent' | 'number';

export interface Value {
  readonly kind: Quantity;
  /** Money as its amount, Percent as a ratio (75% → 0.75). */
  readonly value: Dec;
}

/** `$18,750` for whole amounts, `$4,687.50` otherwise: exact, with cents only when there are some. */
export function showMoney(v: Dec, currency: string): string {
  return formatMoney(v, currency).replace(/\.0+(?= |$)/, '');
}

export function showValue(v: Value, currency: string): string {
  switch (v.kind) {
    case 'money':
      return showMoney(v.value, currency);
    case 'percent':
      return formatPercent(v.value);
    case 'number':
      return formatNumber(v.value);
  }
}

/** The plan's annual variable (OTE × variable share), when the plan says its OTE and mix. */
export function annualVariable(plan: CheckedPlan): Dec | null {
  return plan.ote && plan.mix ? plan.ote.times(plan.mix.variable) : null;
}

export function annualBase(plan: CheckedPlan): Dec | null {
  return plan.ote && plan.mix ? plan.ote.times(plan.mix.base) : null;
}

/** `$18,750 per year ($4,687.50 per quarter)`, or `$18,750 per year` in an annual plan. */
export function perYearAndPeriod(annual: Dec, plan: CheckedPlan): string {
  const n = plan.periodNames.length;
  const yearly = `${showMoney(annual, plan.currency)} per year`;
  return n === 1 ? yearly : `${yearly} (${showMoney(annual.div(n), plan.currency)} per ${plan.period})`;
}

/** Where an expression stands: `target` means the component's target for one period. */
export interface ValueScope {
  readonly plan: CheckedPlan;
  readonly component: ComponentInfo | null;
}

/**
 * The exact value of an expression that needs no payee data, or null: the expression lowered to the
 * payout IR and evaluated by the interpreter, in the unit the checker gave it (`50% of 10` is the
 * Number 5). Money in another currency than the plan's has no preview.
 */
export function derive(e: Expr, scope: ValueScope): Value | null {
  const type = scope.plan.types.get(e);
  if (type?.kind === 'money' && type.currency !== scope.plan.currency) return null;
  const v = previewValue(scope.plan, e, scope.component);
  if (!v) return null;
  const kind: Quantity = v.unit === 'money' ? 'money' : v.unit === 'percent' ? 'percent' : 'number';
  return { kind, value: v.value };
}

/** `target` for one period: the component's target incentive, or the plan's variable outside one. */
export function periodTarget(scope: ValueScope): Dec | null {
  const n = scope.plan.periodNames.length;
  if (scope.component === null) return annualVariable(scope.plan)?.div(n) ?? null;
  // A cumulative component's target is year to date: it grows period by period.
  if (scope.component.decl.cumulative) return null;
  return scope.component.annualTarget?.div(n) ?? null;
}

/** The component's payout curve at an attainment (a ratio), as a ratio of target; null if unknown. */
export function curveValue(component: ComponentInfo, attainment: Dec): Dec | null {
  if (component.rule?.kind !== 'Curve') return null;
  const bands = constantBands(component.rule.bands);
  if (!bands || bands.length === 0) return null;
  const point = curveAt(bands, attainment);
  return point.band === -1 ? null : point.value;
}

/**
 * What the component pays in a year when every period is at 100% attainment: the target incentive
 * through its curve (or its `payout` expression), within its caps and floors. Null when that needs
 * data (a commission, a payout on a measure) or the component has no target.
 */
export function annualPayAtTarget(component: ComponentInfo, plan: CheckedPlan): Dec | null {
  if (component.annualTarget === null) return null;
  const n = plan.periodNames.length;
  const scope: ValueScope = { plan, component };
  let perPeriod: Dec | null = null;
  const rule = component.rule;
  if (rule?.kind === 'Curve') {
    const ratio = curveValue(component, new D(1));
    perPeriod = ratio && component.annualTarget.div(n).times(ratio);
  } else if (rule?.kind === 'Payout') {
    const v = derive(rule.value, scope);
    perPeriod = v?.kind === 'money' ? v.value : null;
  }
  if (perPeriod === null) return null;
  const money = (exprs: readonly Expr[]) => exprs.flatMap((e) => { const v = derive(e, scope); return v?.kind === 'money' ? [v.value] : []; });
  return withinLimits(perPeriod, money(component.floors), money(component.caps)).times(n);
}
