/**
 * Bad data never crashes and never loses data: each malformed row gets a named error (code, row,
 * field) while every other row is still paid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/index.js';
import { PayoutError } from '../../src/runtime/errors.js';
import type { PayeeData } from '../../src/runtime/payee.js';

const text = readFileSync(join(import.meta.dirname, '../../examples/ae-fy2026-marginal.payplan'), 'utf8');
const plan = compile(text).plans[0]!;

const good: PayeeData = { payee: 'Good', periods: { Q1: { quota: '$500,000', deals: [{ amount: '$600,000', kind: 'new', credit: '100%' }] } } };

function outcome(data: PayeeData): string {
  try {
    return `paid ${plan.run(data).total}`;
  } catch (error) {
    if (!(error instanceof PayoutError)) throw error;
    return `${error.code} ${JSON.stringify(error.args)}`;
  }
}

describe('bad data rows', () => {
  it.each<[string, PayeeData, string]>([
    ['a missing field', { payee: 'Ann', periods: { Q1: { deals: [] } } }, 'PP6001 {"where":"payee \\"Ann\\", Q1","field":"quota"}'],
    [
      'a wrong type',
      { payee: 'Bo', periods: { Q1: { quota: 'lots', deals: [] } } },
      'PP6002 {"where":"payee \\"Bo\\", Q1","field":"quota","expected":"an amount such as `$1,000.00`","value":"lots"}',
    ],
    [
      'a zero quota',
      { payee: 'Cy', periods: { Q1: { quota: '$0', deals: [] } } },
      'PP6005 {"where":"payee \\"Cy\\", Q1","field":"quota","rule":"positive","value":"0"}',
    ],
    [
      'a wrong currency',
      { payee: 'Di', periods: { Q1: { quota: '€500,000', deals: [] } } },
      'PP6004 {"where":"payee \\"Di\\", Q1","field":"quota","actual":"EUR","expected":"USD"}',
    ],
    [
      'a deal with an unknown kind',
      { payee: 'Ed', periods: { Q1: { quota: '$1', deals: [{ amount: '$1', kind: 'upsell' }] } } },
      'PP6006 {"where":"payee \\"Ed\\", Q1","field":"deals[1].kind","value":"upsell","members":"`new`, `renewal`, `expansion`"}',
    ],
    ['a period the plan does not have', { payee: 'Fay', periods: { Q5: {} } }, 'PP6008 {"where":"payee \\"Fay\\"","period":"Q5","periods":"Q1, Q2, Q3, Q4"}'],
  ])('%s is a named error for that row only', (_what, bad, expected) => {
    const results = [good, bad, good].map(outcome);
    expect(results).toEqual(['paid 57000.00', expected, 'paid 57000.00']);
  });

  it('a field the plan does not know is a warning, not silently dropped', () => {
    const statement = plan.run({ payee: 'Gil', periods: { Q1: { quota: '$500,000', deals: [], region: 'EMEA' } } });
    expect(statement.total).toBe('0.00');
    expect(statement.warnings).toEqual(['payee "Gil", Q1: `region` is not a per-period input of the plan and was ignored']);
  });
});
