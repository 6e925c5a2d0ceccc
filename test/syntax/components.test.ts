import { describe, expect, it } from 'vitest';
import type { Band, Bound } from '../../src/syntax/ast.js';
import { printExpr } from '../helpers/print-ast.js';
import { componentItem, planItem } from './parse-helpers.js';

function bound(b: Bound | null): string | null {
  return b === null ? null : `${b.keyword}${b.inclusive ? '=' : ''} ${printExpr(b.value)}`;
}

function band(b: Band): string {
  const value = b.value.kind === 'LinearValue'
    ? `linear ${printExpr(b.value.from)} to ${printExpr(b.value.to)}`
    : b.value.kind === 'SlopeValue' ? `slope ${printExpr(b.value.slope)}` : printExpr(b.value.value);
  return `[${bound(b.lower)} | ${bound(b.upper)}] -> ${value}`;
}

describe('components', () => {
  it('header: weight and cumulative', () => {
    const c = planItem('component Bookings weight 100% cumulative { attainment a }', 'Component');
    expect(c).toMatchObject({ name: { name: 'Bookings' }, weight: { kind: 'Percent', value: '100' }, cumulative: true });
  });

  it('no weight, not cumulative', () => {
    expect(planItem('component C { payout $1 }', 'Component')).toMatchObject({ weight: null, cumulative: false });
  });

  it('the Retention example, item by item', () => {
    const c = planItem(`component Retention weight 75% {
      attainment retained_arr / retention_target
      gate grr >= 90%
      payout curve {
        below 85%               -> 0%
        from 85% below 100%     -> linear 50% to 100%
        from 100%               -> slope 2
      }
      cap 150% of target
      floor $0
    }`, 'Component');
    expect(c.items.map((i) => i.kind)).toEqual(['Attainment', 'Gate', 'Curve', 'Cap', 'Floor']);
    const [attainment, gate, curve, cap] = c.items;
    expect(attainment?.kind === 'Attainment' && printExpr(attainment.value)).toBe('(retained_arr / retention_target)');
    expect(gate?.kind === 'Gate' && printExpr(gate.condition)).toBe('(grr >= 90%)');
    expect(curve?.kind === 'Curve' && curve.bands.map(band)).toEqual([
      '[null | below 85%] -> 0%',
      '[from= 85% | below 100%] -> linear 50% to 100%',
      '[from= 100% | null] -> slope 2',
    ]);
    expect(cap?.kind === 'Cap' && printExpr(cap.value)).toBe('(150% of target)');
  });

  it('payout expression (MBO)', () => {
    expect(printExpr(componentItem('payout target * okr_score', 'Payout').value)).toBe('(target * okr_score)');
  });

  it('every kind of bound', () => {
    const curve = componentItem(`payout curve {
      below 85% -> 0%
      up to 100% -> 1%
      from 85% below 100% -> 2%
      from 75% up to 90% -> 3%
      above 90% -> 4%
      above 100% up to 150% -> 5%
      from 100% -> 6%
    }`, 'Curve');
    expect(curve.bands.map(band)).toEqual([
      '[null | below 85%] -> 0%',
      '[null | up to= 100%] -> 1%',
      '[from= 85% | below 100%] -> 2%',
      '[from= 75% | up to= 90%] -> 3%',
      '[above 90% | null] -> 4%',
      '[above 100% | up to= 150%] -> 5%',
      '[from= 100% | null] -> 6%',
    ]);
  });

  it('bands on one line, bounds with `% of`', () => {
    const curve = componentItem('payout curve { up to 100% of quota -> linear 0% to 100%  above 100% of quota -> slope 1.5 }', 'Curve');
    expect(curve.bands.map(band)).toEqual([
      '[null | up to= (100% of quota)] -> linear 0% to 100%',
      '[above (100% of quota) | null] -> slope 1.5',
    ]);
  });
});

describe('commissions', () => {
  it('at: one rate', () => {
    const c = componentItem('commission on bookings at 8%', 'Commission');
    expect(c).toMatchObject({ mode: 'flat', each: null, running: false, bands: [], key: null });
    expect(c.rate && printExpr(c.rate)).toBe('8%');
  });

  it('marginal', () => {
    const c = componentItem('commission on bookings marginal { up to 100% of quota -> 8%   above 100% of quota -> 12% }', 'Commission');
    expect(c).toMatchObject({ mode: 'marginal', rate: null });
    expect(c.bands.map(band)).toEqual(['[null | up to= (100% of quota)] -> 8%', '[above (100% of quota) | null] -> 12%']);
  });

  it('retroactive', () => {
    const c = componentItem('commission on bookings retroactive { below 100% of quota -> 8%   from 100% of quota -> 12% }', 'Commission');
    expect(c.mode).toBe('retroactive');
    expect(c.bands).toHaveLength(2);
  });

  it('by K: a lookup', () => {
    const c = componentItem(`commission on renewals by grr {
      below 75% -> 1%
      from 75% up to 90% -> 3%
      above 90% -> 5%
    }`, 'Commission');
    expect(c.mode).toBe('lookup');
    expect(c.key && printExpr(c.key)).toBe('grr');
    expect(c.bands).toHaveLength(3);
  });

  it('pro rata', () => {
    const c = componentItem(`commission on bookings pro rata {
      up to $100,000 -> $2,000
      above $100,000 up to $200,000 -> $3,000
    }`, 'Commission');
    expect(c.mode).toBe('pro-rata');
    expect(c.bands.map(band)).toEqual(['[null | up to= $100000] -> $2000', '[above $100000 | up to= $200000] -> $3000']);
  });

  it('per x in L where C, running', () => {
    const c = componentItem(
      'commission per d in deals where d.kind == new on d.amount * d.credit running marginal { from $0 -> 5% }',
      'Commission',
    );
    expect(c.each).toMatchObject({ kind: 'Each', variable: { name: 'd' }, list: { kind: 'Name', name: 'deals' } });
    expect(c.each?.filter && printExpr(c.each.filter)).toBe('(d.kind == new)');
    expect(printExpr(c.base)).toBe('(d.amount * d.credit)');
    expect(c).toMatchObject({ running: true, mode: 'marginal' });
  });

  it('per x in L without a filter', () => {
    expect(componentItem('commission per d in deals on d.amount at 2%', 'Commission').each).toMatchObject({ filter: null });
  });
});
