/**
 * Differential fuzz over random valid plans: each plan from `planArb` (generated from the grammar,
 * not mutated from the examples) must check without errors; then, for several random payees, the
 * reference interpreter (`interpret(lower(plan))`) and the generated module's `run` must give
 * deep-equal statements or the same PayoutError (code and args). Anything else thrown is an
 * internal error and fails the property.
 *
 * Each payable year is also paid in two runs, the second continuing from the first one's closing
 * state: both back ends must agree on it, and it must pay what the whole-year run paid.
 *
 * FUZZ_PLANS sets the number of plans (60 by default, `npm run fuzz:plans` runs 2,000) and
 * FUZZ_PAYEES the payees per plan (8). The seed changes every run; fast-check prints it, the path
 * and the plan on a failure. Runs of more than 200 plans stop at the first failure without
 * shrinking; replay one with FUZZ_SEED=<seed> FUZZ_PATH=<path> to shrink it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpret } from '../../src/compile/interpret.js';
import { lower } from '../../src/compile/lower.js';
import { inputSpecs } from '../../src/compile/shape.js';
import { Program } from '../../src/program.js';
import type { PayeeData } from '../../src/runtime/payee.js';
import type { Statement } from '../../src/runtime/statement.js';
import { importGenerated, outcome, type GeneratedModule, type Outcome } from '../compile/emit-harness.js';
import { payeeDataArb } from './payee-arbitraries.js';
import { planArb } from './plan-arbitraries.js';

const PLANS = Number(process.env.FUZZ_PLANS ?? 60);
const PAYEES = Number(process.env.FUZZ_PAYEES ?? 8);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const PATH = process.env.FUZZ_PATH;
const TIMEOUT = 60_000 + PLANS * 2_000;

const stats = { plans: 0, payees: 0, statements: 0, errors: 0, continued: 0, errorCodes: new Map<string, number>() };

describe('differential fuzz over generated plans', () => {
  it(`interpreter ≡ generated module on ${PLANS} random plans × ${PAYEES} payees`, async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(planArb, fc.integer({ min: 0, max: 0x7fffffff }), async (text, payeeSeed) => {
        const program = new Program('fuzz.payplan', text);
        const errors = program.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length > 0) {
          throw new Error(`the generator made a plan with errors:\n${text}\n${errors.map((d) => `${d.code} ${d.message} at ${d.span.start}: ${text.slice(d.span.start, d.span.end)}`).join('\n')}`);
        }
        const plan = program.checked.plans[0]!;
        const ir = lower(plan, text);
        let module: GeneratedModule;
        try {
          ({ module } = await importGenerated(plan, text, 'fuzz'));
        } catch (error) {
          const why = error instanceof Error ? error.stack : JSON.stringify(error);
          throw new Error(`the generated module of this plan cannot be emitted or imported: ${why}\n${text}`);
        }
        const payees = fc.sample(payeeDataArb(inputSpecs(plan, text), plan.periodNames), { numRuns: PAYEES, seed: payeeSeed });
        stats.plans++;
        for (const data of payees) {
          const expected = run('interpreter', text, data, () => interpret(ir, data));
          const actual = run('generated module', text, data, () => module.run(data));
          try {
            expect(actual).toEqual(expected);
          } catch (error) {
            throw new Error(`the back ends disagree on this plan and payee:\n${text}\n${JSON.stringify(data)}\n${(error as Error).message}`);
          }
          stats.payees++;
          if ('statement' in expected) stats.statements++;
          else {
            stats.errors++;
            stats.errorCodes.set(expected.error, (stats.errorCodes.get(expected.error) ?? 0) + 1);
            continue;
          }
          // The same year paid in two runs: the first periods, then the rest from the first run's
          // closing state. Both back ends must agree on the second run, and it must pay what the
          // whole-year run paid in those periods.
          const split = continuation(data, plan.periodNames, expected.statement.periods.length, payeeSeed, (head) => interpret(ir, head));
          if (split === null) continue;
          const second = run('interpreter', text, split.data, () => interpret(ir, split.data));
          const secondModule = run('generated module', text, split.data, () => module.run(split.data));
          try {
            expect(secondModule).toEqual(second);
            expect('statement' in second && second.statement.periods).toEqual(expected.statement.periods.slice(expected.statement.periods.length - split.rest));
          } catch (error) {
            throw new Error(`a run continued from an opening state disagrees:\n${text}\n${JSON.stringify(data)}\n${JSON.stringify(split.data)}\n${(error as Error).message}`);
          }
          stats.continued++;
        }
      }),
      {
        numRuns: PLANS,
        ...(SEED === undefined ? {} : { seed: SEED }),
        ...(PATH === undefined ? {} : { path: PATH }),
        endOnFailure: PLANS > 200 && PATH === undefined,
        // Shrinking stops in time for the failure (and its seed) to be reported before the test times out.
        skipAllAfterTimeLimit: TIMEOUT * 0.75,
      },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const codes = [...stats.errorCodes].map(([c, n]) => `${c}×${n}`).join(' ');
    console.log(`differential fuzz: ${stats.plans} plans, ${stats.payees} payees: ${stats.statements} statements, ${stats.errors} PayoutErrors (${codes}); ${stats.continued} continued from an opening state; ${seconds}s`);
    // Most payees must be payable, or the property would only compare error messages.
    expect(stats.statements).toBeGreaterThan(stats.errors);
  }, TIMEOUT);
});

/**
 * The payee's data from period `j` on (1 ≤ j < periods), opening with the closing state of a run of
 * its first `j` periods; null when the data covers one period.
 */
function continuation(data: PayeeData, names: readonly string[], periods: number, seed: number, runHead: (head: PayeeData) => Statement): { data: PayeeData; rest: number } | null {
  if (periods < 2) return null;
  const j = 1 + (seed % (periods - 1));
  const listed = Array.isArray(data.periods);
  const rows = listed ? (data.periods as readonly Record<string, unknown>[]) : names.slice(0, periods).map((n) => (data.periods as Record<string, Record<string, unknown>>)[n]!);
  const keep = (from: number, to: number) =>
    listed ? rows.slice(from, to) : Object.fromEntries(names.slice(from, to).map((n, i) => [n, rows[from + i]!]));
  const head = runHead({ ...data, periods: keep(0, j) });
  return { data: { ...data, periods: keep(j, periods), opening: head.closing }, rest: periods - j };
}

/** The outcome of one back end; an exception that is not a PayoutError fails with the plan and data. */
function run(which: string, text: string, data: PayeeData, go: () => ReturnType<typeof interpret>): Outcome {
  try {
    return outcome(go);
  } catch (error) {
    throw new Error(`internal error in the ${which}: ${(error as Error).stack}\n${text}\n${JSON.stringify(data)}`);
  }
}
