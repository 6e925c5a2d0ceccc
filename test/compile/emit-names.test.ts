/**
 * Plan names that mean something to JavaScript or to the generated module itself (found by the
 * differential fuzz): an input called `undefined`, a field called `Array`, an input named like one of
 * the runtime's readers. The generated module must pay what the interpreter pays.
 */
import { describe, expect, it } from 'vitest';
import { Program } from '../../src/program.js';
import { evaluate } from '../../src/compile/interpret.js';
import { importGenerated, outcome } from './emit-harness.js';

const cases: { name: string; source: string; data: unknown }[] = [
  {
    name: 'input-undefined',
    source: 'plan "P" {\n  currency USD\n  input quota: Money\n  input undefined: Money\n  component C { commission on quota + undefined at 10% }\n}\n',
    data: { periods: [{ quota: 100, undefined: 5 }] },
  },
  {
    name: 'input-checkConstraint',
    source: 'plan "P" {\n  currency USD\n  input quota: Money\n  input checkConstraint: Money must be non-negative\n  component C { commission on quota + checkConstraint at 10% }\n}\n',
    data: { periods: [{ quota: 100, checkConstraint: 5 }] },
  },
  {
    name: 'field-Array',
    source: 'plan "P" {\n  currency USD\n  record Deal { Array: Money }\n  input deals: list of Deal\n  component C { commission on sum(d.Array for d in deals) at 10% }\n}\n',
    data: { periods: [{ deals: [{ Array: 100 }, { Array: 50 }] }] },
  },
];

describe('generated names never shadow what the module reads', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const program = new Program(`${c.name}.payplan`, c.source);
      expect(program.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const plan = program.checked.plans[0]!;
      const { module } = await importGenerated(plan, c.source, `names-${c.name}`);
      const expected = outcome(() => evaluate(plan, c.source, c.data as never));
      expect('statement' in expected).toBe(true);
      expect(outcome(() => module.run(c.data as never))).toEqual(expected);
    });
  }
});
