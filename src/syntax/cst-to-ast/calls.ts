/**
 * `f(a, b)` → Call, and `sum(E for x in L where C)` / `count(x in L where C)` → Aggregate. The
 * grammar accepts a `for`/`in` tail after any callee so that the wrong shape gets a message saying
 * which shape is right, instead of a parse error. A call of the wrong shape is reported once and
 * then stands as `Missing`, or as the aggregate it most likely meant, so later stages stay quiet.
 */
import type { AggregateFn, Expr } from '../ast.js';
import type { CallCstNode, ComprehensionCstNode } from '../cst.generated.js';
import { tokenEnd, tokenSpan } from '../token-span.js';
import { after, AstContext, first, identifier, missing, nodeSpan, real } from './context.js';
import { expression } from './expressions.js';

const aggregates = new Set<string>(['sum', 'average', 'min', 'max', 'count']);

export function aggregateOrCall(ctx: AstContext, node: CallCstNode, anchor: number): Expr {
  const c = node.children;
  const callee = identifier(first(c.callee));
  const at = nodeSpan(node, anchor);
  if (callee === undefined) return missing(anchor);
  let previousEnd = after(first(c.LParen), callee.span.end);
  const args = (c.args ?? []).map((arg) => {
    const value = expression(ctx, arg, previousEnd);
    previousEnd = value.span.end;
    return value;
  });
  const tail = first(c.comprehension);
  if (tail === undefined) return { kind: 'Call', span: at, callee, args };

  const forToken = real(first(tail.children.For));
  const inToken = real(first(tail.children.In));
  const shapeToken = forToken ?? inToken;
  if (!aggregates.has(callee.name)) {
    if (shapeToken !== undefined) {
      ctx.report('PP1102', tokenSpan(shapeToken), { found: `\`${shapeToken.image}\`` },
        `\`${callee.name}\` does not go over a list; \`sum\`, \`average\`, \`min\`, \`max\` and \`count\` do, as in \`sum(d.amount for d in deals)\``);
    }
    return missing(at.start);
  }
  const fn = callee.name as AggregateFn;
  const value = args[0] ?? missing(previousEnd);
  const parts = comprehension(ctx, tail, previousEnd);
  if (forToken !== undefined) {
    const variable = identifier(first(tail.children.variable));
    if (variable === undefined) return missing(at.start);
    if (fn === 'count') {
      ctx.report('PP1102', tokenSpan(forToken), { found: '`for`' },
        '`count` counts the items themselves: write `count(x in L where C)`, as in `count(d in deals where d.kind == new)`');
      return { kind: 'Aggregate', span: at, fn, fnSpan: callee.span, value: null, variable, ...parts };
    }
    return { kind: 'Aggregate', span: at, fn, fnSpan: callee.span, value, variable, ...parts };
  }
  // No `for`: the shape `count(x in L)`, where the first argument names each item.
  if (value.kind !== 'Name') {
    ctx.report('PP1102', value.span, { found: `\`${ctx.textOf(value.span)}\`` },
      `write the name that stands for each item before \`in\`, as in \`${fn}(d in deals)\``);
    return missing(at.start);
  }
  const variable = { kind: 'Identifier' as const, name: value.name, span: value.span };
  if (fn !== 'count' && inToken !== undefined) {
    ctx.report('PP1102', tokenSpan(inToken), { found: '`in`' },
      `write what to ${fn === 'sum' ? 'add up' : 'take'} before \`for\`, as in \`${fn}(d.amount for d in deals)\``);
    return { kind: 'Aggregate', span: at, fn, fnSpan: callee.span, value, variable, ...parts };
  }
  return { kind: 'Aggregate', span: at, fn, fnSpan: callee.span, value: null, variable, ...parts };
}

function comprehension(ctx: AstContext, node: ComprehensionCstNode, anchor: number): { list: Expr; filter: Expr | null } {
  const c = node.children;
  const list = expression(ctx, first(c.list), after(first(c.In), anchor));
  const where = real(first(c.Where));
  const filter = where === undefined ? null : expression(ctx, first(c.filter), tokenEnd(where));
  return { list, filter };
}
