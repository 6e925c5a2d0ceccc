/**
 * The shape of a commission table, beyond covering every amount once (tier-coverage.ts):
 * - a pro rata band pays its amount in proportion to the part of its width reached, so it must have
 *   an upper bound (an open band would pay its whole amount on the first unit inside it);
 * - a marginal table whose first band has no lower bound pays a negative amount at that band's rate,
 *   a negative commission, which is worth a warning when the amount can be negative at all.
 */
import type { CommissionItem, Constraint, Expr } from '../../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { D } from '../../runtime/decimal.js';
import { formatMoney, formatPercent } from '../../runtime/format.js';
import { constantValue } from '../constant.js';
import type { CheckedPlan } from '../model.js';

export function checkProRataBands(rule: CommissionItem, source: string, diagnostics: Diagnostic[]): void {
  if (rule.mode !== 'pro-rata') return;
  const text = (e: { span: { start: number; end: number } }) => source.slice(e.span.start, e.span.end);
  for (const band of rule.bands) {
    if (band.upper !== null) continue;
    const lower = band.lower ? text(band.lower.value) : '0';
    const value = band.value.kind === 'ConstantValue' ? text(band.value.value) : '…';
    const example = band.lower ? `${band.lower.inclusive ? 'from' : 'above'} ${lower} up to … -> ${value}` : `up to … -> ${value}`;
    diagnostics.push(createDiagnostic('PP4033', band.span, { example, lower }));
  }
}

export function checkNegativeSlice(rule: CommissionItem, plan: CheckedPlan, source: string, diagnostics: Diagnostic[]): void {
  if (rule.mode !== 'marginal') return;
  const first = rule.bands[0];
  if (!first || first.lower !== null || !first.upper || first.value.kind !== 'ConstantValue') return;
  const rate = constantValue(first.value.value);
  if (rate === null || rate.isZero()) return;
  const item = rule.each?.variable.name ?? null;
  if (nonNegative(rule.base, plan, item)) return;
  const zero = plan.types.get(first.upper.value)?.kind === 'money' ? formatMoney(new D(0), plan.currency).replace(/\.0+$/, '') : '0';
  const fixes = [{ title: `Start the first band from ${zero}`, edits: [{ span: { start: first.span.start, end: first.span.start }, newText: `from ${zero} ` }] }];
  diagnostics.push(createDiagnostic('PP4034', first.span, { bound: source.slice(first.upper.value.span.start, first.upper.value.span.end), rate: formatPercent(rate), zero }, { fixes }));
}

/** Whether a constraint rules out negative values: positive, non-negative, or between a non-negative lower limit and any. */
function rules(c: Constraint | null): boolean {
  if (c === null) return false;
  return c.rule !== 'between' || !(constantValue(c.low)?.isNeg() ?? true);
}

/** Whether an expression can never be negative, from its literals, its inputs' constraints and its operators. */
function nonNegative(e: Expr, plan: CheckedPlan, item: string | null): boolean {
  const again = (x: Expr) => nonNegative(x, plan, item);
  switch (e.kind) {
    case 'Number':
    case 'Percent':
    case 'Money':
      return !(constantValue(e)?.isNeg() ?? true);
    case 'Paren':
      return again(e.inner);
    case 'Name': {
      const ref = plan.references.get(e);
      if (ref?.kind === 'input') return ref.input.type.kind === 'count' || rules(ref.input.decl.constraint);
      if (ref?.kind === 'let') return again(ref.decl.value);
      return ref?.kind === 'builtin' && ref.name !== 'period';
    }
    case 'Member': {
      // `d.amount` on a list item (or any record value): its field's constraint holds on every row paid.
      const record = plan.types.get(e.object);
      if (record?.kind !== 'record') return false;
      const field = record.fields.get(e.property.name);
      return field !== undefined && (field.type.kind === 'count' || rules(field.constraint ?? null));
    }
    case 'Binary':
      return (e.op === '+' || e.op === '*' || e.op === 'of' || e.op === '/') && again(e.left) && again(e.right);
    case 'Call':
      if (e.callee.name === 'abs') return true;
      if (e.callee.name === 'max') return e.args.some(again);
      if (e.callee.name === 'clamp') return e.args[1] !== undefined && again(e.args[1]);
      return e.args.every(again);
    case 'Aggregate':
      return e.fn === 'count' || (e.value !== null && again(e.value));
    case 'If':
      return again(e.then) && again(e.else);
    default:
      return false;
  }
}

