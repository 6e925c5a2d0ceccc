/**
 * The operator table: what each arithmetic operator gives for each pair of units (brief §2).
 * Returns the result type, or the reason the combination is wrong so the checker can explain it
 * with a rewrite hint.
 */
import type { ArithmeticOp, ComparisonOp } from '../syntax/ast.js';
import { COUNT, NUMBER, PERCENT, assignable, type Type } from './types.js';

export type OperatorVerdict =
  | { readonly ok: true; readonly type: Type }
  | { readonly ok: false; readonly problem: 'currency' | 'money-times-money' | 'incompatible' };

const ok = (type: Type): OperatorVerdict => ({ ok: true, type });
const no = (problem: 'currency' | 'money-times-money' | 'incompatible'): OperatorVerdict => ({ ok: false, problem });

function numericResult(op: ArithmeticOp, l: Type, r: Type): Type {
  const bothCounts = l.kind === 'count' && r.kind === 'count';
  return bothCounts && (op === '+' || op === '-' || op === '*') ? COUNT : NUMBER;
}

export function arithmetic(op: ArithmeticOp, l: Type, r: Type): OperatorVerdict {
  const lk = l.kind === 'count' ? 'number' : l.kind;
  const rk = r.kind === 'count' ? 'number' : r.kind;
  if (lk === 'money' && rk === 'money' && l.kind === 'money' && r.kind === 'money') {
    if (op === '+' || op === '-') return l.currency === r.currency ? ok(l) : no('currency');
    if (op === '/') return l.currency === r.currency ? ok(PERCENT) : no('currency');
    return no('money-times-money');
  }
  const pair = `${lk} ${op} ${rk}`;
  switch (pair) {
    case 'number + number':
    case 'number - number':
    case 'number * number':
    case 'number / number':
      return ok(numericResult(op, l, r));
    case 'money * percent':
    case 'money * number':
    case 'money / number':
    case 'money / percent':
      return ok(l);
    case 'percent * money':
    case 'percent of money':
    case 'number * money':
      return ok(r);
    case 'percent + percent':
    case 'percent - percent':
    case 'percent * percent':
    case 'percent of percent':
    case 'number * percent':
    case 'percent * number':
    case 'percent / number':
    case 'number of percent':
      return ok(PERCENT);
    case 'percent / percent':
      return ok(PERCENT);
    case 'percent of number':
      return ok(NUMBER);
    default:
      return no('incompatible');
  }
}

const ORDERED = new Set(['money', 'percent', 'number', 'count', 'date']);

/** Comparisons need one type on both sides (and one currency); only quantities and dates have an order. */
export function comparable(op: ComparisonOp, l: Type, r: Type): boolean {
  if (l.kind === 'error' || r.kind === 'error') return true;
  if (op !== '==' && op !== '!=' && !ORDERED.has(l.kind)) return false;
  return assignable(l, r) || assignable(r, l);
}

