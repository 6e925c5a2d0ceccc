/**
 * A year in one run ≡ the same year paid period by period: each run opens with the closing state of
 * the one before (`data.opening`) and pays one period. The periods it pays, line for line, and the
 * state it closes with must equal the single run's, in the interpreter and in the generated module,
 * for every example plan and code-generator fixture on random payee data.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/compile/interpret.js';
import { inputSpecs } from '../../src/compile/shape.js';
import type { PayeeData } from '../../src/runtime/payee.js';
import type { Statement } from '../../src/runtime/statement.js';
import { examplePlans, importGenerated, loadPlanFile, outcome, repoRoot } from '../compile/emit-harness.js';
import { payeeDataArb } from './payee-arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

const fixtures = readdirSync(`${repoRoot}test/cases/compile/`)
  .filter((f) => f.endsWith('.payplan'))
  .map((f) => {
    const { source, program } = loadPlanFile(`${repoRoot}test/cases/compile/${f}`);
    return { name: `fixture-${f.replace(/\.payplan$/, '')}`, source, plan: program.checked.plans[0]! };
  });
const plans = [...examplePlans().map(({ name, source, plan }) => ({ name, source, plan })), ...fixtures];

/** The period rows of the data, in period order. */
function rows(data: PayeeData, periodNames: readonly string[]): unknown[] {
  if (Array.isArray(data.periods)) return [...data.periods];
  const byName = data.periods as Record<string, unknown>;
  return periodNames.filter((p) => p in byName).map((p) => byName[p]);
}

/** Pays the data one period per run, each run opening with the last one's closing state. */
function periodByPeriod(data: PayeeData, periodNames: readonly string[], run: (d: PayeeData) => Statement): Statement[] {
  const out: Statement[] = [];
  rows(data, periodNames).forEach((row, k) => {
    const opening = out.length === 0 ? undefined : out[out.length - 1]!.closing;
    const keyed = !Array.isArray(data.periods);
    const one: PayeeData = {
      ...(data.payee === undefined ? {} : { payee: data.payee }),
      ...(data.year === undefined ? {} : { year: data.year }),
      periods: (keyed ? { [periodNames[k]!]: row } : [row]) as PayeeData['periods'],
      ...(opening === undefined ? {} : { opening: JSON.parse(JSON.stringify(opening)) as unknown }),
    };
    out.push(run(one));
  });
  return out;
}

describe.each(plans.map((p) => [p.name, p] as const))('%s', (name, { source, plan }) => {
  it(`a year in one run ≡ the year run period by period (${RUNS} runs)`, async () => {
    const { module } = await importGenerated(plan, source, name);
    const specs = inputSpecs(plan, source);
    let compared = 0;
    fc.assert(
      fc.property(payeeDataArb(specs, plan.periodNames), (data) => {
        const whole = outcome(() => evaluate(plan, source, data));
        if (!('statement' in whole)) return;
        for (const run of [(d: PayeeData) => evaluate(plan, source, d), (d: PayeeData) => module.run(d) as Statement]) {
          const parts = periodByPeriod(data, plan.periodNames, run).map((s) => JSON.parse(JSON.stringify(s)) as Statement);
          expect(parts.flatMap((s) => s.periods)).toEqual(whole.statement.periods);
          expect(parts[parts.length - 1]!.closing).toEqual(whole.statement.closing);
          expect(parts[0]!.opening).toEqual({ after: null, values: whole.statement.opening!.values });
        }
        compared++;
      }),
      { numRuns: RUNS },
    );
    expect(compared).toBeGreaterThan(RUNS / 3);
  }, 120_000 + RUNS * 200);
});
