/**
 * fast-check arbitraries for valid payplan expressions, with parentheses inserted exactly where
 * the grammar needs them, so each tree is one the parser could have produced. Spans are all empty:
 * the laws compare ASTs without them.
 */
import fc from 'fast-check';
import type * as Ast from '../../src/syntax/ast.js';

export const at = { start: 0, end: 0 };

export const identifier = (name: string): Ast.Identifier => ({ kind: 'Identifier', name, span: at });

export const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });

/** Names that are not keywords, so they can name declarations as well as values. */
export const declaredName = fc.constantFrom(
  'quota',
  'deals',
  'bookings',
  'grr',
  'nrr',
  'start_arr',
  'd',
  'x',
  'prime_année',
);
/** Soft keywords are names in expressions only. */
const valueName = fc.oneof(declaredName, fc.constantFrom('target', 'base', 'variable', 'period', 'total'));

/** How tightly each form binds (docs/language.md): an operand looser than its slot needs parens. */
const binaryLevel: Readonly<Record<Ast.BinaryOp, number>> = {
  or: 1,
  and: 2,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '==': 4,
  '!=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  of: 6,
};
const NOT = 3;
const UNARY = 7;
const POSTFIX = 8;
export const ADDITIVE = 5;

function level(expr: Ast.Expr): number {
  switch (expr.kind) {
    case 'Binary':
      return binaryLevel[expr.op];
    case 'Unary':
      return expr.op === 'not' ? NOT : UNARY;
    case 'Member':
      return POSTFIX;
    // `if … else E` takes every operator after it, so it is wrapped wherever it is an operand.
    case 'If':
      return 0;
    default:
      return POSTFIX + 1;
  }
}

/** `expr`, in parentheses if it binds more loosely than `min`. */
export function atLeast(expr: Ast.Expr, min: number): Ast.Expr {
  return level(expr) >= min ? expr : { kind: 'Paren', span: at, inner: expr };
}

const digits = fc
  .tuple(fc.nat({ max: 10_000_000 }), fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: null }))
  .map(([whole, fraction]) => (fraction === null ? String(whole) : `${whole}.${fraction}`));

export const date: fc.Arbitrary<Ast.DateLiteral> = fc
  .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => ({
    kind: 'Date',
    span: at,
    value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  }));

const literal: fc.Arbitrary<Ast.Expr> = fc.oneof(
  digits.map((value): Ast.NumberLiteral => ({ kind: 'Number', span: at, value })),
  digits.map((value): Ast.PercentLiteral => ({ kind: 'Percent', span: at, value })),
  fc
    .tuple(digits, fc.constantFrom('USD', 'EUR', 'GBP'))
    .map(([amount, currency]): Ast.MoneyLiteral => ({ kind: 'Money', span: at, amount, currency })),
  date,
  fc
    .string({ unit: fc.constantFrom('a', 'Z', ' ', '"', '\\', "'", '€', '1') })
    .map((value): Ast.StringLiteral => ({ kind: 'String', span: at, value })),
  fc.boolean().map((value): Ast.BoolLiteral => ({ kind: 'Bool', span: at, value })),
  valueName.map((name): Ast.NameRef => ({ kind: 'Name', span: at, name })),
);

const binaryOp = fc.constantFrom<Ast.BinaryOp>(...(Object.keys(binaryLevel) as Ast.BinaryOp[]));

const { expr } = fc.letrec<{ expr: Ast.Expr }>((tie) => {
  const sub = tie('expr');
  return {
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      literal,
      fc.tuple(binaryOp, sub, sub).map(([op, left, right]): Ast.BinaryExpr => {
        const strength = binaryLevel[op];
        // Comparisons do not chain, so their left side needs parens too.
        const leftMin = strength === binaryLevel['<'] ? strength + 1 : strength;
        const operands = { left: atLeast(left, leftMin), right: atLeast(right, strength + 1) };
        return { kind: 'Binary', span: at, op, opSpan: at, ...operands };
      }),
      fc.tuple(fc.constantFrom<Ast.UnaryOp>('-', 'not'), sub).map(([op, operand]): Ast.UnaryExpr => ({
        kind: 'Unary',
        span: at,
        op,
        operand: atLeast(operand, op === 'not' ? NOT : UNARY),
      })),
      fc.tuple(sub, fc.constantFrom('amount', 'kind', 'start', 'end')).map(([object, property]): Ast.MemberExpr => ({
        kind: 'Member',
        span: at,
        object: atLeast(object, POSTFIX),
        property: identifier(property),
      })),
      fc.tuple(sub, sub, sub).map(([condition, then, otherwise]): Ast.IfExpr => ({
        kind: 'If',
        span: at,
        condition,
        then,
        else: otherwise,
      })),
      fc
        .tuple(fc.constantFrom('min', 'max', 'clamp', 'abs', 'ytd'), fc.array(sub, { maxLength: 3 }))
        .map(([callee, args]): Ast.CallExpr => ({ kind: 'Call', span: at, callee: identifier(callee), args })),
      fc
        .tuple(
          fc.constantFrom<Ast.AggregateFn>('sum', 'average', 'min', 'max', 'count'),
          sub,
          declaredName,
          sub,
          fc.option(sub, { nil: null }),
        )
        .map(([fn, value, variable, list, filter]): Ast.AggregateExpr => ({
          kind: 'Aggregate',
          span: at,
          fn,
          fnSpan: at,
          // `count(x in L)` counts; the others aggregate a value `E for x in L`.
          value: fn === 'count' ? null : value,
          variable: identifier(variable),
          list,
          filter,
        })),
      recordLiteral(sub),
      fc.array(sub, { maxLength: 4 }).map((items): Ast.ListLiteral => ({ kind: 'ListLiteral', span: at, items })),
      sub.map((inner): Ast.ParenExpr => ({ kind: 'Paren', span: at, inner })),
    ),
  };
});

export function recordLiteral(value: fc.Arbitrary<Ast.Expr>): fc.Arbitrary<Ast.RecordLiteral> {
  return fc.array(fc.tuple(declaredName, value), { maxLength: 4 }).map((fields) => ({
    kind: 'RecordLiteral',
    span: at,
    fields: fields.map(([name, v]) => ({ kind: 'RecordField', span: at, name: identifier(name), value: v })),
  }));
}

/** An expression for any slot where an expression stands whole (each is followed by a keyword or bracket). */
export const anyExpr = expr;
