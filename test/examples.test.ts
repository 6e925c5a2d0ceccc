/**
 * Examples are tests: every plan in examples/ checks with no errors and no unexplained warnings,
 * passes every one of its `test` blocks, and pays every payee of its sample data except the rows
 * that are there to show a per-row error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Program } from '../src/program.js';
import { compileProgram, runTests } from '../src/compile/index.js';
import { PayoutError } from '../src/runtime/errors.js';
import type { PayeeData } from '../src/runtime/payee.js';

const dir = join(import.meta.dirname, '../examples');
const plans = readdirSync(dir).filter((f) => f.endsWith('.payplan')).sort();

describe('examples', () => {
  it('there are at least eight', () => {
    expect(plans.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of plans) {
    describe(name, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const program = new Program(name, text);

      it('checks with no errors or warnings', () => {
        expect(program.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
      });

      it('passes its tests', () => {
        const results = runTests(program.checked, text);
        expect(results.length).toBeGreaterThan(0);
        const failures = results.flatMap((r) => r.diagnostics.map((d) => `${r.name}: ${d.message}`));
        expect(failures).toEqual([]);
      });

      it('pays its sample data, one named error per bad row', () => {
        const data = JSON.parse(readFileSync(join(dir, 'data', name.replace(/\.payplan$/, '.json')), 'utf8')) as { payees: PayeeData[] };
        const plan = compileProgram(program).plans[0]!;
        let paid = 0;
        for (const payee of data.payees) {
          try {
            plan.run(payee);
            paid++;
          } catch (error) {
            expect(error).toBeInstanceOf(PayoutError);
          }
        }
        expect(paid).toBeGreaterThanOrEqual(2);
      });
    });
  }
});
