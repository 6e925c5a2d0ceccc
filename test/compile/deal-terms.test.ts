/**
 * A per-transaction commission whose rate or band bounds read the transaction (issue 9's defect:
 * `at 10% * d.multiplier` checked clean, then every back end failed). Both back ends price each deal
 * on its own terms, and the explanation shows each deal's band split and effective rate.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/compile/interpret.js';
import { testPayeeData } from '../../src/compile/test-data.js';
import type { PayeeData } from '../../src/runtime/payee.js';
import { importGenerated, loadPlanFile, outcome, repoRoot } from './emit-harness.js';

const path = `${repoRoot}test/cases/compile/deal-terms.payplan`;
const { source, program } = loadPlanFile(path);
const plan = program.checked.plans[0]!;
const tests = program.checked.tests.map((t) => testPayeeData(t.decl, plan, source));

describe('deal-terms', () => {
  it('passes its own test blocks', () => {
    expect(program.tests.internal).toBeNull();
    expect(program.tests.results.map((r) => [r.name, r.passed])).toEqual([
      ['each deal is priced on its own terms', true],
      ['a deal below its hurdle stays in the first band', true],
    ]);
  });

  it('the generated module pays what the evaluator pays', async () => {
    const { module } = await importGenerated(plan, source, 'deal-terms');
    for (const data of tests) {
      expect(outcome(() => module.run(data))).toEqual(outcome(() => evaluate(plan, source, data)));
    }
  });

  it('explains each deal by its record type and id, with its band split and effective rate', () => {
    const statement = evaluate(plan, source, tests[0] as PayeeData);
    const notes = statement.periods[0]!.lines.map((l) => [l.name, l.explanation.map((s) => `${s.label}: ${s.value}${s.note ? ` (${s.note})` : ''}`)]);
    expect(notes).toEqual([
      ['Multiplied', ['Deal A-1: $300.00 ($1,500.00 × 20%)', 'Deal B-2: $50.00 ($500.00 × 10%)', 'commission: $350.00']],
      ['Hurdled', ['Deal A-1: $20.00 ($1,500.00: $1,000.00 × 1% + $500.00 × 2% = $20.00 (1.33%))', 'commission: $20.00']],
      ['Sized', ['Deal A-1: $120.00 ($1,500.00 × 8% (band from d.hurdle -> 4% * d.multiplier))', 'Deal B-2: $20.00 ($500.00 × 4% (band from d.hurdle -> 4% * d.multiplier))', 'commission: $140.00']],
    ]);
  });
});
