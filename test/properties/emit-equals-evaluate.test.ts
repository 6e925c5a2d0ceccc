/**
 * emit ≡ evaluate: for every example plan (and every code-generator fixture), the generated module's
 * `run` and the reference evaluator give deep-equal statements, or the same PayoutError (code and
 * args), on random payee data. 100 runs per plan by default; FUZZ_RUNS=5000 for a longer search.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/compile/interpret.js';
import { inputSpecs } from '../../src/compile/shape.js';
import { examplePlans, importGenerated, loadPlanFile, outcome, repoRoot } from '../compile/emit-harness.js';
import { payeeDataArb } from './payee-arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

const fixtures = readdirSync(`${repoRoot}test/cases/compile/`)
  .filter((f) => f.endsWith('.payplan'))
  .map((f) => {
    const { source, program } = loadPlanFile(`${repoRoot}test/cases/compile/${f}`);
    return { name: `fixture-${f.replace(/\.payplan$/, '')}`, source, plan: program.checked.plans[0]! };
  });
const plans = [...examplePlans().map(({ name, source, plan }) => ({ name, source, plan })), ...fixtures];

describe.each(plans.map((p) => [p.name, p] as const))('%s', (name, { source, plan }) => {
  it(`generated run ≡ evaluate on random payee data (${RUNS} runs)`, async () => {
    const { module } = await importGenerated(plan, source, name);
    const specs = inputSpecs(plan, source);
    const seen = { statements: 0, errors: 0 };
    fc.assert(
      fc.property(payeeDataArb(specs, plan.periodNames), (data) => {
        const expected = outcome(() => evaluate(plan, source, data));
        const actual = outcome(() => module.run(data));
        expect(actual).toEqual(expected);
        seen['statement' in expected ? 'statements' : 'errors']++;
      }),
      { numRuns: RUNS },
    );
    // The data must mostly be payable, or the property would only compare error messages.
    expect(seen.statements).toBeGreaterThan(seen.errors);
  }, 120_000 + RUNS * 100);
});
