/**
 * Inlay hints: the money behind the percentages. Beside each weight, the component's target
 * incentive per year; after each band of a curve whose values are fixed, what it pays per year
 * (`= $9,375 → $18,750`); after each band of a marginal table with fixed money bounds, what the
 * whole band pays.
 */
import { constantValue } from '../check/constant.js';
import type { CheckedPlan, ComponentInfo } from '../check/model.js';
import type { Band } from '../syntax/ast.js';
import { D } from '../runtime/decimal.js';
import { formatPercent } from '../runtime/format.js';
import type { Span } from '../text/span.js';
import { annualVariable, perYearAndPeriod, showMoney } from './values.js';
import type { WorkspaceIndex } from './workspace.js';

export interface InlayHint {
  /** Where the hint stands: right after the text it explains. */
  readonly offset: number;
  readonly label: string;
  readonly tooltip: string;
}

export function inlayHints(index: WorkspaceIndex, uri: string, range?: Span): InlayHint[] {
  const program = index.get(uri);
  if (!program) return [];
  const out: InlayHint[] = [];
  for (const plan of program.checked.plans) {
    for (const component of plan.components) {
      const weight = component.decl.weight;
      if (weight && component.annualTarget && component.weight) {
        const variable = annualVariable(plan)!;
        out.push({
          offset: weight.span.end,
          label: `= ${showMoney(component.annualTarget, plan.currency)} per year`,
          tooltip: `target incentive = variable ${showMoney(variable, plan.currency)} × ${formatPercent(component.weight)} = ${perYearAndPeriod(component.annualTarget, plan)}`,
        });
      }
      out.push(...bandHints(component, plan));
    }
  }
  const inRange = (h: InlayHint) => !range || (range.start <= h.offset && h.offset <= range.end);
  return out.filter(inRange).sort((a, b) => a.offset - b.offset);
}

function bandHints(component: ComponentInfo, plan: CheckedPlan): InlayHint[] {
  const rule = component.rule;
  if (!rule || rule.kind === 'Payout') return [];
  if (rule.kind === 'Commission') return rule.mode === 'marginal' ? rule.bands.flatMap((b) => marginalHint(b)) : [];
  const target = component.annualTarget;
  if (!target) return [];
  const money = (e: Parameters<typeof constantValue>[0]) => {
    const v = constantValue(e);
    return v === null ? null : showMoney(target.times(v), plan.currency);
  };
  const tooltip = `per year, of the ${showMoney(target, plan.currency)} target incentive of \`${component.name}\``;
  return rule.bands.flatMap((band): InlayHint[] => {
    const v = band.value;
    let label: string | null = null;
    if (v.kind === 'ConstantValue') label = money(v.value);
    else if (v.kind === 'LinearValue') {
      const a = money(v.from);
      const b = money(v.to);
      label = a && b ? `${a} → ${b}` : null;
    } else {
      const slope = constantValue(v.slope);
      label = slope === null ? null : `+${showMoney(target.times(slope).div(100), plan.currency)} per point`;
    }
    return label ? [{ offset: band.span.end, label: `= ${label}`, tooltip }] : [];
  });
}

function marginalHint(band: Band): InlayHint[] {
  if (band.value.kind !== 'ConstantValue' || band.value.value.kind !== 'Percent' || !band.upper || band.upper.value.kind !== 'Money') return [];
  const low = band.lower ? (band.lower.value.kind === 'Money' ? new D(band.lower.value.amount) : null) : new D(0);
  const high = new D(band.upper.value.amount);
  const rate = constantValue(band.value.value);
  if (!low || !rate) return [];
  const currency = band.upper.value.currency;
  return [{ offset: band.span.end, label: `= ${showMoney(high.minus(low).times(rate), currency)} for the whole band`, tooltip: `${formatPercent(rate)} of ${showMoney(high.minus(low), currency)}` }];
}
