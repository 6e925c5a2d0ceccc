import { describe, expect, it } from 'vitest';
import { printExpr } from '../helpers/print-ast.js';
import { testDecl } from './parse-helpers.js';

describe('test blocks', () => {
  it('name, plan, given and expects', () => {
    const t = testDecl(`test "CSM at 95% retention" for "CSM FY2026" {
      given { retained_arr: $950,000, retention_target: $1,000,000 }
      expect Retention = $15,625
      expect total = $15,625
    }`);
    expect(t.name.value).toBe('CSM at 95% retention');
    expect(t.planName?.value).toBe('CSM FY2026');
    expect(t.given && printExpr(t.given)).toBe('{retained_arr: $950000, retention_target: $1000000}');
    expect(t.expects.map((e) => [e.period?.name ?? null, e.line.kind, printExpr(e.value)])).toEqual([
      [null, 'Identifier', '$15625'],
      [null, 'Identifier', '$15625'],
    ]);
    expect(t.expects[1]!.line).toMatchObject({ kind: 'Identifier', name: 'total' });
  });

  it('without `for`, with period blocks and period expects', () => {
    const t = testDecl(`test "a year of quarters" {
      given { quota: $500,000 }
      Q1 { deals: [{ amount: $400,000, kind: new }] }
      Q2 { deals: [{ amount: $300,000, kind: new }] }
      expect Q1 NewBusiness = $32,000
      expect Q2 total = $24,000
      expect total = $56,000
    }`);
    expect(t.planName).toBeNull();
    expect(t.periods.map((p) => [p.period.name, printExpr(p.values)])).toEqual([
      ['Q1', '{deals: [{amount: $400000, kind: new}]}'],
      ['Q2', '{deals: [{amount: $300000, kind: new}]}'],
    ]);
    expect(t.expects.map((e) => `${e.period?.name ?? '-'} ${e.line.kind === 'String' ? e.line.value : e.line.name}`)).toEqual([
      'Q1 NewBusiness',
      'Q2 total',
      '- total',
    ]);
  });

  it('a bonus line named by its string, with and without a period', () => {
    const t = testDecl('test "t" { expect "President\'s Club kicker" = $5,000  expect Q4 "NPS bonus" = $0 }');
    expect(t.expects.map((e) => [e.period?.name ?? null, e.line])).toMatchObject([
      [null, { kind: 'String', value: "President's Club kicker" }],
      ['Q4', { kind: 'String', value: 'NPS bonus' }],
    ]);
  });

  it('an empty test', () => {
    expect(testDecl('test "t" {}')).toMatchObject({ given: null, periods: [], expects: [] });
  });
});
