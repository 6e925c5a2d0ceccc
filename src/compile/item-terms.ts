/**
 * Whether a per-transaction commission's rate or band table reads the transaction itself
 * (`commission per d in deals on d.arr at 10% * d.multiplier`). Such terms are priced deal by deal;
 * terms that do not mention the transaction are evaluated once per period, as before. Both back
 * ends ask this one question so they price the same deals the same way.
 */
import type { Band, CommissionItem, Expr } from '../syntax/ast.js';
import { children } from '../check/walk.js';

export function termsReadTheItem(rule: CommissionItem): boolean {
  if (!rule.each) return false;
  const item = rule.each.variable.name;
  const exprs: Expr[] = [...(rule.rate ? [rule.rate] : []), ...rule.bands.flatMap(bandExprs)];
  return exprs.some((e) => mentions(e, item));
}

function bandExprs(b: Band): Expr[] {
  const v = b.value;
  const value = v.kind === 'ConstantValue' ? [v.value] : v.kind === 'LinearValue' ? [v.from, v.to] : [v.slope];
  return [...(b.lower ? [b.lower.value] : []), ...(b.upper ? [b.upper.value] : []), ...value];
}

function mentions(e: Expr, name: string): boolean {
  return (e.kind === 'Name' && e.name === name) || children(e).some((c) => mentions(c, name));
}
