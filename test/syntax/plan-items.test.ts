import { describe, expect, it } from 'vitest';
import type { PlanDecl } from '../../src/syntax/ast.js';
import { printExpr } from '../helpers/print-ast.js';
import { parseClean, planItem, planItems } from './parse-helpers.js';

describe('plan header items', () => {
  it('currency', () => {
    expect(planItem('currency USD', 'Currency').code.name).toBe('USD');
  });

  it.each(['month', 'quarter', 'year'] as const)('period %s', (unit) => {
    expect(planItem(`period ${unit}`, 'Period').unit).toBe(unit);
  });

  it('fiscal year starts', () => {
    expect(planItem('fiscal year starts 2026-02-01', 'FiscalYear').start).toMatchObject({ kind: 'Date', value: '2026-02-01' });
  });

  it('ote', () => {
    expect(planItem('ote $100,000', 'Ote').amount).toMatchObject({ kind: 'Money', amount: '100000' });
  });

  it('mix', () => {
    const mix = planItem('mix 75% base / 25% variable', 'Mix');
    expect([printExpr(mix.base), printExpr(mix.variable)]).toEqual(['75%', '25%']);
  });

  it.each([
    ['rounding half-even to 0.01', 'half-even', '0.01'],
    ['rounding half-up to 1', 'half-up', '1'],
    ['rounding down', 'down', null],
    ['rounding up to 0.01', 'up', '0.01'],
  ] as const)('%s', (source, mode, step) => {
    const rounding = planItem(source, 'Rounding');
    expect(rounding.mode).toBe(mode);
    expect(rounding.step === null ? null : printExpr(rounding.step)).toBe(step);
  });

  it('cap and floor', () => {
    const [cap, floor] = planItems('cap 150% of target\nfloor $0');
    expect(cap).toMatchObject({ kind: 'Cap' });
    expect(floor).toMatchObject({ kind: 'Floor', value: { kind: 'Money', amount: '0' } });
  });

  it('keeps the plan name and the items in order', () => {
    const plan = parseClean('plan "AE FY2026" { currency USD period quarter }').ast.items[0] as PlanDecl;
    expect(plan.name.value).toBe('AE FY2026');
    expect(plan.items.map((i) => i.kind)).toEqual(['Currency', 'Period']);
  });
});

describe('types, enums and records', () => {
  it('enum', () => {
    const e = planItem('enum Segment { smb, mid_market, enterprise }', 'Enum');
    expect(e.name.name).toBe('Segment');
    expect(e.members.map((m) => m.name)).toEqual(['smb', 'mid_market', 'enterprise']);
  });

  it('enum with a trailing comma', () => {
    expect(planItem('enum E { a, b, }', 'Enum').members.map((m) => m.name)).toEqual(['a', 'b']);
  });

  it('record with an inline enum and a default', () => {
    const r = planItem('record Deal { amount: Money, kind: new | renewal | expansion, credit: Percent = 100% }', 'Record');
    expect(r.fields.map((f) => f.name.name)).toEqual(['amount', 'kind', 'credit']);
    expect(r.fields[0]!.type).toMatchObject({ kind: 'NamedType', name: { name: 'Money' }, currency: null });
    expect(r.fields[1]!.type).toMatchObject({ kind: 'InlineEnumType' });
    expect(r.fields[1]!.type.kind === 'InlineEnumType' && r.fields[1]!.type.members.map((m) => m.name)).toEqual(['new', 'renewal', 'expansion']);
    expect(r.fields[2]!.default).toMatchObject({ kind: 'Percent', value: '100' });
  });

  it('Money(EUR)', () => {
    expect(planItem('input fee: Money(EUR)', 'Input').type).toMatchObject({
      kind: 'NamedType', name: { name: 'Money' }, currency: { name: 'EUR' },
    });
  });

  it('list of T, nested', () => {
    expect(planItem('input rows: list of list of Deal', 'Input').type).toMatchObject({
      kind: 'ListType', element: { kind: 'ListType', element: { kind: 'NamedType', name: { name: 'Deal' } } },
    });
  });
});

describe('inputs and definitions', () => {
  it('a plain input', () => {
    expect(planItem('input retained_arr: Money', 'Input')).toMatchObject({
      name: { name: 'retained_arr' }, perYear: false, default: null, constraint: null,
    });
  });

  it('per year, must be positive', () => {
    expect(planItem('input quota: Money per year must be positive', 'Input')).toMatchObject({
      perYear: true, constraint: { rule: 'positive' },
    });
  });

  it('must be non-negative', () => {
    expect(planItem('input x: Number must be non-negative', 'Input').constraint).toMatchObject({ rule: 'non-negative' });
  });

  it('must be between A and B', () => {
    const input = planItem('input grr: Percent must be between 0% and 200%', 'Input');
    expect(input.constraint).toMatchObject({ rule: 'between', low: { value: '0' }, high: { value: '200' } });
  });

  it('a default and a constraint together', () => {
    expect(planItem('input seats: Count = 0 must be non-negative', 'Input')).toMatchObject({
      default: { kind: 'Number', value: '0' }, constraint: { rule: 'non-negative' },
    });
  });

  it('let', () => {
    const l = planItem('let new_logos = count(d in deals where d.kind == new)', 'Let');
    expect(l.name.name).toBe('new_logos');
    expect(printExpr(l.value)).toBe('count(d in deals where (d.kind == new))');
  });

  it('items need no separators: newlines are not significant', () => {
    expect(planItems('let a = 1 let b = a + 2 input c: Money').map((i) => i.kind)).toEqual(['Let', 'Let', 'Input']);
  });
});

describe('bonuses', () => {
  it('with a condition and once', () => {
    const b = planItem('bonus "President\'s Club kicker" $5,000 when bookings >= 120% of quota once', 'Bonus');
    expect(b.name.value).toBe("President's Club kicker");
    expect(printExpr(b.amount)).toBe('$5000');
    expect(b.condition && printExpr(b.condition)).toBe('(bookings >= (120% of quota))');
    expect(b.once).toBe(true);
  });

  it('with an expression amount and no `once`', () => {
    const b = planItem('bonus "NPS bonus" 5% of variable / 4 when nps >= 50', 'Bonus');
    expect(printExpr(b.amount)).toBe('((5% of variable) / 4)');
    expect(b.once).toBe(false);
  });

  it('without a condition', () => {
    expect(planItem('bonus "Flat" $100', 'Bonus').condition).toBeNull();
  });
});
