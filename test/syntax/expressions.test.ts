import { describe, expect, it } from 'vitest';
import { printExpr } from '../helpers/print-ast.js';
import { expr } from './parse-helpers.js';

const cases: readonly (readonly [source: string, printed: string])[] = [
  // precedence, loosest first: or, and, not, comparisons, + -, * / of, unary -, postfix .field
  ['a or b and c', '(a or (b and c))'],
  ['a and b or c and d', '((a and b) or (c and d))'],
  ['not a and b', '((not a) and b)'],
  ['not a == b', '(not (a == b))'],
  ['not not a', '(not (not a))'],
  ['a + b * c', '(a + (b * c))'],
  ['a * b + c', '((a * b) + c)'],
  ['a - b - c', '((a - b) - c)'],
  ['a / b / c', '((a / b) / c)'],
  ['a + b < c * d', '((a + b) < (c * d))'],
  ['a < b and c >= d', '((a < b) and (c >= d))'],
  ['120% of quota', '(120% of quota)'],
  ['5% of variable / 4', '((5% of variable) / 4)'],
  ['150% of target', '(150% of target)'],
  ['-a * b', '((-a) * b)'],
  ['- -a', '(-(-a))'],
  ['-3%', '(-3%)'],
  ['-d.amount', '(-d.amount)'],
  ['d.amount * d.credit', '(d.amount * d.credit)'],
  ['a.b.c', 'a.b.c'],
  ['period.start', 'period.start'],
  ['(a + b) * c', '(paren((a + b)) * c)'],
  // every comparison
  ['a < b', '(a < b)'],
  ['a <= b', '(a <= b)'],
  ['a > b', '(a > b)'],
  ['a >= b', '(a >= b)'],
  ['a == b', '(a == b)'],
  ['a != b', '(a != b)'],
  // literals
  ['$100,000', '$100000'],
  ['$1,234.56', '$1234.56'],
  ['€5,000', '€5000'],
  ['£250', '£250'],
  ['75%', '75%'],
  ['12.5%', '12.5%'],
  ['1,000%', '1000%'],
  ['2', '2'],
  ['1.5', '1.5'],
  ['1,000', '1000'],
  ['2026-03-31', '2026-03-31'],
  ['"Q3 SPIFF"', '"Q3 SPIFF"'],
  ['"say \\"hi\\" \\\\ bye"', '"say \\"hi\\" \\\\ bye"'],
  ['true', 'true'],
  ['false', 'false'],
  // soft keywords are names in expressions
  ['base + variable', '(base + variable)'],
  ['year', 'year'],
  ['quarter + month', '(quarter + month)'],
  ['total', 'total'],
  // names in any script
  ['prime_année + café2', '(prime_année + café2)'],
  // if, calls, aggregates
  ['if grr >= 90% then 5% else 3%', '(if (grr >= 90%) then 5% else 3%)'],
  ['if a then b else if c then d else e', '(if a then b else (if c then d else e))'],
  ['if a then b else c + 1', '(if a then b else (c + 1))'],
  ['min(a, b)', 'min(a, b)'],
  ['max(a, b, c)', 'max(a, b, c)'],
  ['clamp(x, 0%, 100%)', 'clamp(x, 0%, 100%)'],
  ['abs(-x)', 'abs((-x))'],
  ['ytd(bookings) / ytd(quota)', '(ytd(bookings) / ytd(quota))'],
  ['sum(d.amount * d.credit for d in deals where d.kind != renewal)', 'sum((d.amount * d.credit) for d in deals where (d.kind != renewal))'],
  ['sum(d.amount for d in deals)', 'sum(d.amount for d in deals)'],
  ['average(d.amount for d in deals)', 'average(d.amount for d in deals)'],
  ['min(d.amount for d in deals where d.amount > $0)', 'min(d.amount for d in deals where (d.amount > $0))'],
  ['max(d.amount for d in deals)', 'max(d.amount for d in deals)'],
  ['count(d in deals where d.kind == new)', 'count(d in deals where (d.kind == new))'],
  ['count(d in deals)', 'count(d in deals)'],
  ['(start_arr - contraction - churn) / start_arr', '(paren(((start_arr - contraction) - churn)) / start_arr)'],
  // record and list literals, trailing commas, newlines not significant
  ['{ amount: $1,000, kind: new }', '{amount: $1000, kind: new}'],
  ['{ a: 1, b: $2, }', '{a: 1, b: $2}'],
  ['{}', '{}'],
  ['[a, b, c]', '[a, b, c]'],
  ['[1, 2,]', '[1, 2]'],
  ['[]', '[]'],
  ['[{ amount: $1 }, { amount: $2 }]', '[{amount: $1}, {amount: $2}]'],
  ['a\n  +\n  b', '(a + b)'],
];

describe('expressions', () => {
  it.each(cases)('%s', (source, printed) => {
    expect(printExpr(expr(source))).toBe(printed);
  });

  it('keeps literal values exact', () => {
    expect(expr('$1,234.56')).toMatchObject({ kind: 'Money', amount: '1234.56', currency: 'USD' });
    expect(expr('€5,000')).toMatchObject({ kind: 'Money', amount: '5000', currency: 'EUR' });
    expect(expr('£250')).toMatchObject({ kind: 'Money', amount: '250', currency: 'GBP' });
    expect(expr('12.5%')).toMatchObject({ kind: 'Percent', value: '12.5' });
    expect(expr('1,000')).toMatchObject({ kind: 'Number', value: '1000' });
    expect(expr('2026-03-31')).toMatchObject({ kind: 'Date', value: '2026-03-31' });
    expect(expr('"a \\"b\\" \\\\ c"')).toMatchObject({ kind: 'String', value: 'a "b" \\ c' });
    expect(expr('true')).toMatchObject({ kind: 'Bool', value: true });
  });

  it('tells a call from an aggregate by its shape', () => {
    expect(expr('min(a, b)')).toMatchObject({ kind: 'Call', callee: { name: 'min' } });
    expect(expr('min(d.amount for d in deals)')).toMatchObject({ kind: 'Aggregate', fn: 'min', variable: { name: 'd' } });
    expect(expr('count(d in deals)')).toMatchObject({ kind: 'Aggregate', fn: 'count', value: null, filter: null });
  });

  it('records operators with their spans', () => {
    expect(expr('a of b')).toMatchObject({ kind: 'Binary', op: 'of' });
    expect(expr('not a')).toMatchObject({ kind: 'Unary', op: 'not' });
  });
});
