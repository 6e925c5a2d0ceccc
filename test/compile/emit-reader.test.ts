/**
 * The data reader a generated module carries (src/compile/emit-reader.ts) reads exactly as the
 * runtime's readPayee does: on plans whose inputs have every shape (per-year and per-period, records
 * in lists in records, lists of lists, defaults of each kind) and awkward names (JavaScript reserved
 * words, the reader's own local names, non-ASCII letters, `__proto__`), and on data that is wrong or
 * odd in each way a reader can notice, the module gives the same statement (warnings included) or
 * the same PayoutError, code and args, as the reference evaluator.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/compile/interpret.js';
import { inputSpecs } from '../../src/compile/shape.js';
import { emitModule } from '../../src/compile/emit-module.js';
import type { PayeeData } from '../../src/runtime/payee.js';
import { Program } from '../../src/program.js';
import { payeeDataArb } from '../properties/payee-arbitraries.js';
import { importGenerated, loadPlanFile, outcome, repoRoot } from './emit-harness.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

/** Names a generated reader could trip over: its own locals, reserved words, non-ASCII, `__proto__`. */
const ODD_NAMES = `
plan "Odd Names" {
  currency EUR
  period month

  record list_of_Item { raw: Money must be non-negative, path: Count = 0, raw_raw: Percent = 50% must be between 0% and 100% }
  record Item { class: Money, größe: Number must be positive = 1, this: list_of_Item, key: list of list of Money, upper: Bool = false }
  record Inputs { __proto__: Extra, data: Text = "x" }
  record Extra { note: Text = "n" }

  input items: list of Item
  input function: Money per year = €1,200
  input warnings: Inputs
  input größe: Number per year must be non-negative
  input row: Money = €0
  input k: list of list_of_Item
  input who: Text

  let overall = sum(i.class for i in items) + function + row + sum(x.raw for x in k)

  component Pay {
    payout overall * 1% + größe * €1
  }
}
`;

function planOf(text: string, path: string) {
  const program = new Program(path, text);
  if (program.hasErrors) throw new Error(`${path} has errors: ${program.diagnostics.map((d) => d.message).join('; ')}`);
  return { source: text, plan: program.checked.plans[0]! };
}

const plans = {
  odd: planOf(ODD_NAMES, 'odd-names.payplan'),
  shapes: (() => {
    const { source, program } = loadPlanFile(`${repoRoot}test/cases/compile/reader-shapes.payplan`);
    return { source, plan: program.checked.plans[0]! };
  })(),
  ae: (() => {
    const { source, program } = loadPlanFile(`${repoRoot}examples/ae-fy2026-marginal.payplan`);
    return { source, plan: program.checked.plans[0]! };
  })(),
};

async function sameAsEvaluator(name: keyof typeof plans, cases: readonly [string, () => PayeeData][]) {
  const { source, plan } = plans[name];
  const { module } = await importGenerated(plan, source, `reader-${name}`);
  for (const [why, data] of cases) {
    // Each side gets its own copy, built the same way, so neither can see what the other did to it.
    const expected = outcome(() => evaluate(plan, source, data()));
    expect(outcome(() => module.run(data())), `${name}: ${why}`).toEqual(expected);
  }
}

/** An object whose prototype holds enumerable fields, as data built with Object.create can be. */
function inheriting(proto: Record<string, unknown>, own: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(Object.create(proto) as Record<string, unknown>, own);
}

/** A row with a field that is there but not enumerable. */
function hidden(own: Record<string, unknown>, name: string, value: unknown): Record<string, unknown> {
  return Object.defineProperty({ ...own }, name, { value, enumerable: false });
}

describe('the generated reader', () => {
  it('is what the module reads with: readPayee is not used at run time', () => {
    const { source, plan } = plans.ae;
    const { js } = emitModule(plan, source);
    const destructured = /^const \{ (.*) \} = payplanRuntime\(\);$/m.exec(js)![1]!.split(', ');
    expect(destructured).not.toContain('readPayee');
    expect(destructured).toEqual(expect.arrayContaining(['periodRows', 'readMoney', 'readEnum', 'readPercent', 'warnUnknownFields']));
  });

  it(`reads awkwardly named inputs and fields as readPayee does (${RUNS} random payees)`, async () => {
    const { source, plan } = plans.odd;
    const { module } = await importGenerated(plan, source, 'reader-odd');
    let statements = 0;
    fc.assert(
      fc.property(payeeDataArb(inputSpecs(plan, source), plan.periodNames), (data) => {
        const expected = outcome(() => evaluate(plan, source, data));
        expect(outcome(() => module.run(data))).toEqual(expected);
        if ('statement' in expected) statements++;
      }),
      { numRuns: RUNS },
    );
    expect(statements).toBeGreaterThan(0);
  });

  const oddItem = () => ({ class: '€10', this: { raw: '€1' }, key: [['€1', 2], []] });
  const oddRow = () => ({ items: [oddItem()], warnings: { data: 'memo' }, k: [{ raw: '€3', path: 2 }], who: 'Ann' });
  const oddPayee = (row: Record<string, unknown>, year: unknown = { größe: '2' }): PayeeData => ({ payee: 'Odd', year: year as Record<string, unknown>, periods: { M1: row } });

  it('agrees on odd and bad data for the awkwardly named plan', async () => {
    await sameAsEvaluator('odd', [
      ['a good row', () => oddPayee(oddRow())],
      ['defaults left out, null and empty', () => oddPayee({ ...oddRow(), row: null, k: [{ raw: '€3', path: '', raw_raw: null }] })],
      ['an own `__proto__` field', () => oddPayee({ ...oddRow(), warnings: JSON.parse('{"__proto__": {"note": "own"}, "data": "d"}') as unknown })],
      ['a `__proto__` field of the wrong type', () => oddPayee({ ...oddRow(), warnings: JSON.parse('{"__proto__": 5}') as unknown })],
      ['unknown fields at every level', () => oddPayee({ ...oddRow(), z: 1, items: [{ ...oddItem(), extra: 2, this: { raw: '€1', deeper: 3 } }] }, { größe: 1, other: 4 })],
      ['a list of lists holding a non-list', () => oddPayee({ ...oddRow(), items: [{ ...oddItem(), key: [['€1'], '€2'] }] })],
      ['a list of lists holding a bad amount', () => oddPayee({ ...oddRow(), items: [oddItem(), { ...oddItem(), key: [[], ['€1', '$2']] }] })],
      ['a record where a list of records is', () => oddPayee({ ...oddRow(), k: { raw: '€3' } })],
      ['a reserved-word field missing', () => oddPayee({ ...oddRow(), items: [{ this: { raw: '€1' }, key: [] }] })],
      ['a per-year constraint broken', () => oddPayee(oddRow(), { größe: -1 })],
      ['a field constraint broken in a list', () => oddPayee({ ...oddRow(), k: [{ raw: '€3' }, { raw: '-€1' }] })],
      ['a field constraint broken in a nested record', () => oddPayee({ ...oddRow(), items: [oddItem(), { ...oddItem(), this: { raw: '€1', raw_raw: '101%' } }] })],
      ['a non-ASCII field constraint broken', () => oddPayee({ ...oddRow(), items: [{ ...oddItem(), größe: 0 }] })],
      ['a field constraint broken and a later field of the wrong type: the type is named', () => oddPayee({ ...oddRow(), k: [{ raw: '-€1', raw_raw: 'x' }] })],
      ['a field constraint broken and an unknown field: the warning comes first', () => oddPayee({ ...oddRow(), k: [{ raw: '-€1', extra: 1 }] })],
      ['an input constraint broken and a bad field in a later input', () => oddPayee({ ...oddRow(), k: [{ raw: '-€1' }], who: 5 })],
      ['a per-year input missing', () => oddPayee(oddRow(), {})],
      ['a per-year amount spread over the months', () => oddPayee(oddRow(), { größe: '12', function: '€1,000.10' })],
      ['`year` as text', () => oddPayee(oddRow(), 'abc')],
      ['`year` as a number', () => oddPayee(oddRow(), 7)],
      ['`year` as a list', () => oddPayee(oddRow(), [1, 2])],
      ['`year` null', () => oddPayee(oddRow(), null)],
    ]);
  });

  const line = (amount: unknown = '$10', extra: Record<string, unknown> = {}) => ({ amount, ...extra });
  const deal = (extra: Record<string, unknown> = {}) => ({ amount: '$1,000', partner: { name: 'P' }, lines: [line(), line('20.5', { units: 2 })], closed: '2026-02-01', ...extra });
  const shapesRow = (extra: Record<string, unknown> = {}) => ({ owner: { name: 'Ann' }, adjustments: ['$5', -5, '-$2.50'], deals: [deal()], ...extra });
  const shapesPayee = (rows: unknown, year: unknown = { quota: '$400,000' }, payee: unknown = 'Sam'): PayeeData =>
    ({ payee, year, periods: rows }) as unknown as PayeeData;

  it('agrees on odd and bad data for every shape of input', async () => {
    await sameAsEvaluator('shapes', [
      ['a good year', () => shapesPayee({ Q1: shapesRow(), Q2: shapesRow({ note: 'hold' }), Q3: shapesRow({ active: 'false' }) })],
      ['periods listed', () => shapesPayee([shapesRow(), shapesRow()])],
      ['too many periods', () => shapesPayee([1, 2, 3, 4, 5].map(() => shapesRow()))],
      ['a gap in the periods', () => shapesPayee({ Q1: shapesRow(), Q3: shapesRow() })],
      ['a period the plan does not have', () => shapesPayee({ Q1: shapesRow(), M7: shapesRow() })],
      ['a period that is not a record', () => shapesPayee({ Q1: [shapesRow()] })],
      ['a payee named by a number', () => shapesPayee({ Q1: shapesRow({ owner: 'Ann' }) }, undefined, 7)],
      ['no payee name', () => ({ year: { quota: '$400,000' }, periods: { Q1: shapesRow({ owner: null }) } })],
      ['per-year defaults given as null and empty', () => shapesPayee({ Q1: shapesRow() }, { quota: '$400,000', accelerator: null, seats: '', review: undefined })],
      ['a per-year limit broken', () => shapesPayee({ Q1: shapesRow() }, { quota: '$400,000', accelerator: '250%' })],
      ['a per-year limit and a bad row', () => shapesPayee({ Q1: shapesRow({ deals: 'none' }) }, { quota: '$0' })],
      ['a per-year count spread', () => shapesPayee({ Q1: shapesRow() }, { quota: '$400,000', seats: '10' })],
      ['a per-year count spread into a bonus that pays', () => shapesPayee({ Q1: shapesRow({ deals: [deal({ lines: [line('$150,000')] })] }) }, { quota: '$400,000', seats: '10' })],
      ['a per-year count that is not whole', () => shapesPayee({ Q1: shapesRow() }, { quota: '$400,000', seats: '2.5' })],
      ['a bad per-year date', () => shapesPayee({ Q1: shapesRow() }, { quota: '$400,000', review: '2026-02-30' })],
      ['a record input that is a list', () => shapesPayee({ Q1: shapesRow({ owner: [{ name: 'Ann' }] }) })],
      ['a record input missing a field', () => shapesPayee({ Q1: shapesRow({ owner: { region: 'emea' } }) })],
      ['a record input with a bad enum', () => shapesPayee({ Q1: shapesRow({ owner: { name: 'Ann', region: ' EMEA ' } }) })],
      ['an enum with spaces', () => shapesPayee({ Q1: shapesRow({ owner: { name: 'Ann', region: ' emea ' } }) })],
      ['text that is a number', () => shapesPayee({ Q1: shapesRow({ note: 5 }) })],
      ['a bool written oddly', () => shapesPayee({ Q1: shapesRow({ active: 'yes' }) })],
      ['a list of amounts holding null', () => shapesPayee({ Q1: shapesRow({ adjustments: ['$1', null] }) })],
      ['a list of amounts holding NaN', () => shapesPayee({ Q1: shapesRow({ adjustments: [Number.NaN] }) })],
      ['a list with a hole', () => shapesPayee({ Q1: shapesRow({ deals: [, deal()] }) })],
      ['a deal that is text', () => shapesPayee({ Q1: shapesRow({ deals: [deal(), 'big deal'] }) })],
      ['a deal that is a list', () => shapesPayee({ Q1: shapesRow({ deals: [[deal()]] }) })],
      ['an amount in another currency, three levels down', () => shapesPayee({ Q1: shapesRow({ deals: [deal(), deal({ lines: [line(), line(), line('€5')] })] }) })],
      ['an EUR field given dollars', () => shapesPayee({ Q1: shapesRow({ deals: [deal({ fx_amount: '$5' })] }) })],
      ['an EUR field given euros', () => shapesPayee({ Q1: shapesRow({ deals: [deal({ fx_amount: '€5' })] }) })],
      ['a nested record missing', () => shapesPayee({ Q1: shapesRow({ deals: [deal({ partner: '' })] }) })],
      ['a nested record with a bad percent', () => shapesPayee({ Q1: shapesRow({ deals: [deal({ partner: { name: 'P', share: 'half' } })] }) })],
      ['a nested count that is not whole', () => shapesPayee({ Q1: shapesRow({ deals: [deal({ lines: [line('$1', { units: 1.5 })] })] }) })],
      ['two bad fields: the first one is named', () => shapesPayee({ Q1: shapesRow({ deals: [deal({ amount: 'x', closed: 'y' })] }) })],
      ['a bad field after a bad list', () => shapesPayee({ Q1: shapesRow({ adjustments: 'x', deals: 'y' }) })],
      ['unknown fields everywhere', () => shapesPayee({ Q1: shapesRow({ z: 1, owner: { name: 'A', y: 2 }, deals: [deal({ x: 3, partner: { name: 'P', w: 4 }, lines: [line('$1', { v: 5 })] })] }) }, { quota: '$400,000', u: 6 })],
      ['an unknown field with an undefined declared one', () => shapesPayee({ Q1: shapesRow({ note: undefined, extra: 1 }) })],
      ['fields inherited from a prototype', () => shapesPayee({ Q1: inheriting({ note: 'inherited', extra: 1 }, shapesRow()) })],
      ['a declared field that is not enumerable', () => shapesPayee({ Q1: hidden(shapesRow({ extra: 1 }), 'note', 'hidden') })],
    ]);
  });

  const aeDeal = (extra: Record<string, unknown> = {}) => ({ amount: '$100,000', kind: 'new', ...extra });
  const aePayee = (row: Record<string, unknown>, year: unknown = {}): PayeeData => ({ payee: 'Ann', year: year as Record<string, unknown>, periods: { Q1: row } });

  it('agrees on odd and bad data for the AE plan the benchmark runs', async () => {
    await sameAsEvaluator('ae', [
      ['a good row', () => aePayee({ quota: '$500,000', deals: [aeDeal(), aeDeal({ kind: 'renewal' }), aeDeal({ credit: '60%' })] })],
      ['a zero quota and a bad list: the list is named first', () => aePayee({ quota: '$0', deals: 'x' })],
      ['a zero quota', () => aePayee({ quota: 0, deals: [] })],
      ['a credit of 0.6 and of " 60 %"', () => aePayee({ quota: '$500,000', deals: [aeDeal({ credit: 0.6 }), aeDeal({ credit: ' 60 %' })] })],
      ['credit null or empty takes the default', () => aePayee({ quota: '$500,000', deals: [aeDeal({ credit: null }), aeDeal({ credit: '' })] })],
      ['a kind missing', () => aePayee({ quota: '$500,000', deals: [aeDeal(), { amount: '$1' }] })],
      ['a kind of the wrong type', () => aePayee({ quota: '$500,000', deals: [aeDeal({ kind: 3 })] })],
      ['an amount as a number', () => aePayee({ quota: 500000, deals: [aeDeal({ amount: 1234.5 })] })],
      ['an amount of Infinity', () => aePayee({ quota: '$500,000', deals: [aeDeal({ amount: Number.POSITIVE_INFINITY })] })],
      ['an amount in JPY', () => aePayee({ quota: '$500,000', deals: [aeDeal({ amount: '100 JPY' })] })],
      ['negative amounts written three ways', () => aePayee({ quota: '$500,000', deals: [aeDeal({ amount: '-$5' }), aeDeal({ amount: '$-5' }), aeDeal({ amount: '-5 USD' })] })],
      ['unknown fields in the year, the row and a deal', () => aePayee({ quota: '$500,000', region: 'EMEA', deals: [aeDeal({ owner: 'x' })] }, { bonus: 1 })],
      ['`year` as text', () => aePayee({ quota: '$500,000', deals: [] }, 'ab')],
    ]);
  });
});
