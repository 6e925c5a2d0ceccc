/**
 * The editor's previews: what an expression is worth before any data arrives (hover values, inlay
 * hints, code lens). The expression is lowered to IR nodes and evaluated by the interpreter itself;
 * a node that needs payee data (an input, a list item, the period, a ytd sum) has no preview. So a
 * preview shows exactly what a payout would compute, in the unit the checker gave it.
 */
import type { CheckedPlan, ComponentInfo } from '../check/model.js';
import type { Expr } from '../syntax/ast.js';
import type { Dec } from '../runtime/decimal.js';
import { PayoutError } from '../runtime/errors.js';
import type { Value } from '../runtime/inputs.js';
import { Evaluator, type Frame } from './interpret.js';
import type { Node, Unit } from './ir.js';
import { lowerExpression } from './lower.js';

export interface PreviewValue {
  readonly unit: Unit;
  readonly value: Dec;
}

/** Raised for a node whose value depends on payee data. */
class NeedsData extends Error {}

class PreviewEvaluator extends Evaluator {
  override eval(n: Node, f: Frame): Value {
    switch (n.op) {
      case 'input':
      case 'local':
      case 'period':
      case 'ytd':
        throw new NeedsData(n.op);
      case 'target':
        // A year-to-date target grows period by period: no one value to show.
        if (n.table.values.some((v) => !v.eq(n.table.values[0]!))) throw new NeedsData('target');
        return super.eval(n, f);
      default:
        return super.eval(n, f);
    }
  }
}

/**
 * The exact value of a quantity expression that needs no payee data, or null (it needs data, has
 * an error, divides by zero, or is not a quantity). `component` says what `target` means there.
 */
export function previewValue(plan: CheckedPlan, e: Expr, component: ComponentInfo | null, source = ''): PreviewValue | null {
  const lowered = lowerExpression(plan, source, e, component);
  if (!lowered) return null;
  const { node, program } = lowered;
  if (node.unit !== 'money' && node.unit !== 'percent' && node.unit !== 'number' && node.unit !== 'count') return null;
  const evaluator = new PreviewEvaluator(program, () => ({}));
  // A preview reads no state: every node that would (ytd) needs data.
  const frame: Frame = { k: 0, state: { paid: [], position: [], bonusPaid: [], ytd: [] }, locals: new Map() };
  try {
    return { unit: node.unit, value: evaluator.dec(node, frame) };
  } catch (error) {
    if (error instanceof NeedsData || error instanceof PayoutError) return null;
    throw error;
  }
}
