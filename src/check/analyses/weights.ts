/** Component weights must share out the whole variable: they add up to exactly 100%. */
import { createDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { D } from '../../runtime/decimal.js';
import type { ComponentInfo } from '../model.js';
import { percentText } from '../plan-header.js';

export function checkWeights(components: readonly ComponentInfo[], diagnostics: Diagnostic[]): void {
  const weighted = components.filter((c) => c.weight !== null);
  if (weighted.length === 0) return;
  const sum = weighted.reduce((acc, c) => acc.plus(c.weight!), new D(0));
  if (sum.eq(1)) return;
  const last = weighted[weighted.length - 1]!;
  const fixed = new D(1).minus(sum.minus(last.weight!));
  const weightExpr = last.decl.weight!;
  const canFix = fixed.gt(0);
  diagnostics.push(
    createDiagnostic('PP4002', weightExpr.span, { sum: percentText(sum), last: last.name, fixed: canFix ? percentText(fixed) : 'smaller' }, {
      related: weighted.slice(0, -1).map((c) => ({ span: c.decl.weight!.span, message: `\`${c.name}\` weighs ${percentText(c.weight!)}` })),
      ...(canFix ? { fixes: [{ title: `Make the weight of \`${last.name}\` ${percentText(fixed)}`, edits: [{ span: weightExpr.span, newText: percentText(fixed) }] }] } : {}),
    }),
  );
}
