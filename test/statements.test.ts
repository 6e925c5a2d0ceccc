/**
 * Golden statements: every example plan on its sample data, and every `test` block of the examples
 * and compile fixtures, reduced to what is paid (payee, period, line, kind, amount, totals) and to
 * the named error of each payee that cannot be paid. Committed before the payout IR replaced the
 * evaluator, so a change of back end that moves one cent anywhere fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Program } from '../src/program.js';
import { compileProgram, runTests } from '../src/compile/index.js';
import { PayoutError } from '../src/runtime/errors.js';
import type { PayeeData } from '../src/runtime/payee.js';
import type { Statement } from '../src/runtime/statement.js';

const sources = [
  { dir: join(import.meta.dirname, '../examples'), data: true },
  { dir: join(import.meta.dirname, 'cases/compile'), data: false },
];

function paid(s: Statement) {
  return {
    periods: s.periods.map((p) => ({ period: p.period, lines: p.lines.map((l) => `${l.kind} ${l.name}: ${l.amount}`), total: p.total })),
    total: s.total,
  };
}

describe('golden statements', () => {
  for (const { dir, data } of sources) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.payplan')).sort()) {
      it(name, async () => {
        const text = readFileSync(join(dir, name), 'utf8');
        const program = new Program(name, text);
        const compiled = compileProgram(program);
        expect(compiled.ok).toBe(true);
        const out: Record<string, unknown> = {};
        out.tests = Object.fromEntries(runTests(program.checked, text).map((r) => [r.name, r.statement ? paid(r.statement) : r.diagnostics.map((d) => d.code)]));
        const dataFile = join(dir, 'data', name.replace(/\.payplan$/, '.json'));
        if (data && existsSync(dataFile)) {
          const payees = (JSON.parse(readFileSync(dataFile, 'utf8')) as { payees: PayeeData[] }).payees;
          out.payees = payees.map((payee) => {
            try {
              return { payee: payee.payee, ...paid(compiled.plans[0]!.run(payee)) };
            } catch (error) {
              if (!(error instanceof PayoutError)) throw error;
              return { payee: payee.payee, error: error.code, args: error.args };
            }
          });
        }
        await expect(JSON.stringify(out, null, 2) + '\n').toMatchFileSnapshot(`cases/statements/${name.replace(/\.payplan$/, '.json')}`);
      });
    }
  }
});
