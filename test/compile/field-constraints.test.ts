/**
 * Data constraints on record fields (issue 14): a deal that breaks one fails its payee with PP6005
 * naming the period, the deal and the field, exactly as an input that breaks its constraint does,
 * in the evaluator and in the generated module alike; every other payee is still paid.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/compile/interpret.js';
import { compile } from '../../src/index.js';
import type { PayeeData } from '../../src/runtime/payee.js';
import { importGenerated, loadPlanFile, outcome, repoRoot } from './emit-harness.js';

const path = `${repoRoot}test/cases/compile/field-constraints.payplan`;
const { source, program } = loadPlanFile(path);
const plan = program.checked.plans[0]!;

const deal = (extra: Record<string, unknown> = {}) => ({ amount: '$120,000', credit: '50%', seats: 2, ...extra });
const payee = (payee: string, q2Deals: unknown[]): PayeeData => ({
  payee,
  periods: { Q1: { quota: '$50,000', deals: [deal()] }, Q2: { quota: '$50,000', deals: q2Deals } },
});

const cases: [string, PayeeData, ReturnType<typeof outcome>][] = [
  [
    'a negative amount',
    payee('Ann', [deal(), deal({ amount: '-$5' })]),
    { error: 'PP6005', args: { where: 'payee "Ann", Q2', field: 'deals[2].amount', rule: 'non-negative', value: '-5' } },
  ],
  [
    'a credit above 100%',
    payee('Bo', [deal({ credit: '120%' })]),
    { error: 'PP6005', args: { where: 'payee "Bo", Q2', field: 'deals[1].credit', rule: 'between 0% and 100%', value: '1.2' } },
  ],
  [
    'zero seats',
    payee('Cy', [deal(), deal(), deal({ seats: '0' })]),
    { error: 'PP6005', args: { where: 'payee "Cy", Q2', field: 'deals[3].seats', rule: 'positive', value: '0' } },
  ],
];

describe('field constraints', () => {
  it('passes its own test block', () => {
    expect(program.tests.internal).toBeNull();
    expect(program.tests.results.map((r) => [r.name, r.passed])).toEqual([['every deal within its constraints', true]]);
  });

  it.each(cases)('%s fails the payee with PP6005 naming the period, the deal and the field', async (_what, data, expected) => {
    expect(outcome(() => evaluate(plan, source, data))).toEqual(expected);
    const { module } = await importGenerated(plan, source, 'field-constraints');
    expect(outcome(() => module.run(data))).toEqual(expected);
  });

  it('fails only the payee with the bad deal', () => {
    const compiled = compile(readFileSync(path, 'utf8')).plans[0]!;
    const results = [payee('Good', [deal()]), cases[0]![1], payee('Also good', [])].map((data) => {
      try {
        return compiled.run(data).total;
      } catch (error) {
        return (error as { code?: string }).code;
      }
    });
    expect(results).toEqual(['6040.00', 'PP6005', '3020.00']);
  });

  it('checks a field given its default, and the limits inclusive', async () => {
    const { module } = await importGenerated(plan, source, 'field-constraints');
    const data = payee('Di', [{ amount: '$0' }, deal({ credit: '0%' }), deal({ credit: '100%', seats: 1 })]);
    const expected = outcome(() => evaluate(plan, source, data));
    expect('statement' in expected).toBe(true);
    expect(outcome(() => module.run(data))).toEqual(expected);
  });
});
