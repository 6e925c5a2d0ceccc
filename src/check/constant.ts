/**
 * Exact values of expressions built only from literals, for what the checker must know before any
 * data arrives: OTE, the mix, weights, rounding steps and the bounds of tier tables.
 */
import type { Expr, MoneyLiteral, NumberLiteral, PercentLiteral } from '../syntax/ast.js';
import { D, type Dec } from '../runtime/decimal.js';

/** A number, percent or money literal's exact value: Money as its amount, Percent as a ratio. */
export function literalValue(e: NumberLiteral | PercentLiteral | MoneyLiteral): Dec {
  switch (e.kind) {
    case 'Number':
      return new D(e.value);
    case 'Percent':
      return new D(e.value).div(100);
    case 'Money':
      return new D(e.amount);
  }
}

/** The magnitude of an expression built only from literals (75% → 0.75), or null. */
export function constantValue(e: Expr): Dec | null {
  switch (e.kind) {
    case 'Number':
    case 'Percent':
    case 'Money':
      return literalValue(e);
    case 'Paren':
      return constantValue(e.inner);
    case 'Unary':
      if (e.op !== '-') return null;
      return constantValue(e.operand)?.neg() ?? null;
    case 'Binary': {
      const l = constantValue(e.left);
      const r = constantValue(e.right);
      if (l === null || r === null) return null;
      switch (e.op) {
        case '+':
          return l.plus(r);
        case '-':
          return l.minus(r);
        case '*':
        case 'of':
          return l.times(r);
        case '/':
          return r.isZero() ? null : l.div(r);
        default:
          return null;
      }
    }
    default:
      return null;
  }
}

/**
 * A bound written as a multiple of one measure, `coefficient × base` (`120% of quota` → 1.2 × quota),
 * or a constant (base null). Bounds of one table can be ordered when they share a base.
 */
export interface LinearBound {
  readonly coefficient: Dec;
  readonly base: string | null;
}

export function linearBound(e: Expr, sourceText: string): LinearBound | null {
  const constant = constantValue(e);
  if (constant !== null) return { coefficient: constant, base: null };
  if (e.kind === 'Paren') return linearBound(e.inner, sourceText);
  // A measure: a name, a field, or a year-to-date measure (`ytd(quota)`).
  if (e.kind === 'Name' || e.kind === 'Member' || (e.kind === 'Call' && e.callee.name === 'ytd')) {
    return { coefficient: new D(1), base: sourceText.slice(e.span.start, e.span.end).replace(/\s+/g, '') };
  }
  if (e.kind === 'Binary' && (e.op === '*' || e.op === 'of')) {
    const l = constantValue(e.left);
    const r = constantValue(e.right);
    if (l !== null && r === null) {
      const inner = linearBound(e.right, sourceText);
      return inner && { coefficient: inner.coefficient.times(l), base: inner.base };
    }
    if (r !== null && l === null) {
      const inner = linearBound(e.left, sourceText);
      return inner && { coefficient: inner.coefficient.times(r), base: inner.base };
    }
  }
  return null;
}
