/** The built-in functions: min, max, clamp, abs, ytd. */
import type { CallExpr, Expr } from '../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { constantValue } from './constant.js';
import { closestName } from './did-you-mean.js';
import { ERROR, aTypeName, assignable, typeName, type Type } from './types.js';

export interface BuiltinFunction {
  readonly name: string;
  readonly signature: string;
  readonly doc: string;
}

/** Also shown by editor signature help and completion. */
export const BUILTIN_FUNCTIONS: readonly BuiltinFunction[] = [
  { name: 'min', signature: 'min(a, b, …)', doc: 'The smallest of two or more values of one kind' },
  { name: 'max', signature: 'max(a, b, …)', doc: 'The largest of two or more values of one kind' },
  { name: 'clamp', signature: 'clamp(value, low, high)', doc: 'The value, raised to `low` or lowered to `high` when outside them' },
  { name: 'abs', signature: 'abs(value)', doc: 'The value without its sign' },
  { name: 'ytd', signature: 'ytd(value)', doc: 'The sum of the value over this period and every earlier period of the year' },
];

const QUANTITY = new Set(['money', 'percent', 'number', 'count', 'error']);

export function checkCall(e: CallExpr, args: readonly Type[], diagnostics: Diagnostic[], sourceOf: (e: Expr) => string): Type {
  const name = e.callee.name;
  const arity = (expected: string, ok: boolean): boolean => {
    if (!ok) diagnostics.push(createDiagnostic('PP3008', e.span, { name, expected, actual: `${args.length}` }));
    return ok;
  };
  switch (name) {
    case 'min':
    case 'max':
      if (!arity('two or more values', args.length >= 2)) return ERROR;
      return sameKind(e, args, diagnostics);
    case 'clamp': {
      if (!arity('three values (value, low, high)', args.length === 3)) return ERROR;
      const t = sameKind(e, args, diagnostics);
      if (t.kind !== 'error') checkClampBounds(e, sourceOf, diagnostics);
      return t;
    }
    case 'abs':
      if (!arity('one value', args.length === 1)) return ERROR;
      return quantity(e, 0, args, diagnostics);
    case 'ytd': {
      if (!arity('one value', args.length === 1)) return ERROR;
      const t = args[0]!;
      if (t.kind === 'percent') {
        diagnostics.push(
          createDiagnostic('PP3004', e.args[0]!.span, { what: 'the value of `ytd`', expected: 'Money or a Number', actual: 'a Percent' }, {
            help: 'a year-to-date ratio is the ratio of year-to-date sums: write `ytd(measure) / ytd(target)`',
          }),
        );
        return ERROR;
      }
      return quantity(e, 0, args, diagnostics);
    }
    default: {
      const suggestion = closestName(name, BUILTIN_FUNCTIONS.map((f) => f.name));
      diagnostics.push(
        createDiagnostic('PP2005', e.callee.span, { name }, suggestion === undefined ? {} : {
          help: `did you mean \`${suggestion}\`?`,
          fixes: [{ title: `Change to \`${suggestion}\``, edits: [{ span: e.callee.span, newText: suggestion }] }],
        }),
      );
      return ERROR;
    }
  }
}

/** `clamp(x, low, high)` with fixed bounds the wrong way round always gives `high`. */
function checkClampBounds(e: CallExpr, sourceOf: (e: Expr) => string, diagnostics: Diagnostic[]): void {
  const [value, lowExpr, highExpr] = e.args as [Expr, Expr, Expr];
  const low = constantValue(lowExpr);
  const high = constantValue(highExpr);
  if (low === null || high === null || !low.gt(high)) return;
  diagnostics.push(
    createDiagnostic('PP4031', lowExpr.span, { low: sourceOf(lowExpr), high: sourceOf(highExpr) }, {
      related: [{ span: highExpr.span, message: 'the high bound' }],
      fixes: [{
        title: 'Swap the bounds',
        edits: [
          { span: lowExpr.span, newText: sourceOf(highExpr) },
          { span: highExpr.span, newText: sourceOf(lowExpr) },
        ],
      }],
      help: `swap the bounds: \`clamp(${sourceOf(value)}, ${sourceOf(highExpr)}, ${sourceOf(lowExpr)})\``,
    }),
  );
}

function quantity(e: CallExpr, index: number, args: readonly Type[], diagnostics: Diagnostic[]): Type {
  const t = args[index]!;
  if (QUANTITY.has(t.kind)) return t;
  diagnostics.push(createDiagnostic('PP3004', e.args[index]!.span, { what: `the value of \`${e.callee.name}\``, expected: 'a quantity', actual: aTypeName(t) }));
  return ERROR;
}

function sameKind(e: CallExpr, args: readonly Type[], diagnostics: Diagnostic[]): Type {
  const first = args.find((t) => t.kind !== 'error');
  if (!first) return ERROR;
  if (!QUANTITY.has(first.kind) && first.kind !== 'date') {
    diagnostics.push(createDiagnostic('PP3004', e.span, { what: `the values of \`${e.callee.name}\``, expected: 'quantities', actual: aTypeName(first) }));
    return ERROR;
  }
  for (let i = 0; i < args.length; i++) {
    const t = args[i]!;
    if (!assignable(first, t) && !assignable(t, first)) {
      diagnostics.push(createDiagnostic('PP3004', e.args[i]!.span, { what: `every value of \`${e.callee.name}\``, expected: `${typeName(first)}`, actual: aTypeName(t) }));
      return ERROR;
    }
  }
  return args.some((t) => t.kind === 'number') && first.kind === 'count' ? args.find((t) => t.kind === 'number')! : first;
}
