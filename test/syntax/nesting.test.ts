/**
 * Deeply nested input never overflows the stack (PP9001): past the limits of src/syntax/nesting.ts
 * it is PP1110 at the first token past the limit, for `check` and `fmt` alike; just within them,
 * check, fmt, the tests and the code generator all work.
 */
import { describe, expect, it } from 'vitest';
import { emitProgram } from '../../src/compile/emit-module.js';
import { formatPlan } from '../../src/format/format.js';
import { Program } from '../../src/program.js';
import { DEPTH_LIMIT, NESTING_LIMIT } from '../../src/syntax/nesting.js';

const plan = (expr: string) => `plan "P" {\n  currency USD\n  period quarter\n  input revenue: Money\n  let x = ${expr}\n  component C { commission on x at 2% }\n}\n`;
const given = (value: string) => `plan "P" {\n  currency USD\n  period quarter\n  input revenue: Money\n  component C { commission on revenue at 2% }\n}\n\ntest "t" {\n  given { revenue: ${value} }\n  expect total = $0\n}\n`;

const shapes: Record<string, (n: number) => string> = {
  parentheses: (n) => plan(`${'('.repeat(n)}revenue${')'.repeat(n)}`),
  'nested if': (n) => plan(`${'if revenue > $1 then '.repeat(n)}revenue${' else $0'.repeat(n)}`),
  'nested min(': (n) => plan(`${'min('.repeat(n)}revenue${', $1)'.repeat(n)}`),
  'unary minus': (n) => plan(`${'-'.repeat(n)}revenue`),
  'a + chain': (n) => plan(Array(n + 1).fill('revenue').join(' + ')),
  'nested lists in given': (n) => given(`${'['.repeat(n)}$1${']'.repeat(n)}`),
  'nested records in given': (n) => given(`${'{ a: '.repeat(n)}$1${' }'.repeat(n)}`),
};

const codes = (text: string) => new Program('deep.payplan', text).diagnostics.map((d) => d.code);

describe('nesting limits', () => {
  for (const [name, make] of Object.entries(shapes)) {
    it(`${name}, 10,000 deep: PP1110 at the first token past the limit, never PP9001; fmt refuses it too`, async () => {
      const text = make(10_000);
      const program = new Program('deep.payplan', text);
      const diagnostics = program.syntax.diagnostics;
      expect(diagnostics.map((d) => d.code)).toEqual(['PP1110']);
      expect(program.diagnostics.map((d) => d.code)).toEqual(['PP1110']);
      const d = diagnostics[0]!;
      expect(d.span.end).toBeGreaterThan(d.span.start);
      expect(d.message).toMatch(/^nested too deeply: a plan allows at most (32|256) /);
      // Everything before the reported token is within the limits.
      const before = new Program('deep.payplan', text.slice(0, d.span.start)).syntax.diagnostics.map((x) => x.code);
      expect(before).not.toContain('PP1110');
      expect(before).not.toContain('PP9001');
      await expect(formatPlan(text, { filepath: 'deep.payplan' })).rejects.toThrow();
    });
  }

  it('at the limits, check, test, fmt and build all work', async () => {
    const within = [
      shapes.parentheses!(NESTING_LIMIT - 4),
      shapes['nested if']!(NESTING_LIMIT - 4),
      shapes['nested min(']!(NESTING_LIMIT - 4),
      shapes['unary minus']!(NESTING_LIMIT - 4),
      shapes['a + chain']!(DEPTH_LIMIT - 4),
      plan(`${'('.repeat(30)}${Array(200).fill('revenue').join(' - ')}${')'.repeat(30)}`),
    ];
    for (const text of within) {
      const program = new Program('ok.payplan', text);
      expect(program.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([]);
      expect(program.tests.internal).toBeNull();
      const formatted = await formatPlan(text, { filepath: 'ok.payplan' });
      expect(codes(formatted)).toEqual([]);
      const emitted = emitProgram(program, { fileName: 'ok.payplan' });
      expect(emitted.diagnostics.map((d) => d.code)).toEqual([]);
    }
    // A long flat list is no nesting: an enum of 400 members, a call of 400 arguments.
    const members = Array.from({ length: 400 }, (_, i) => `m${i}`);
    const wide = `plan "P" {\n  currency USD\n  period quarter\n  enum Kind { ${members.join(', ')} }\n  record R { k: ${members.join(' | ')} }\n  input kind: Kind\n  input revenue: Money\n  let x = max(${Array(400).fill('revenue').join(', ')})\n  component C { commission on x at 2% }\n}\n`;
    expect(codes(wide).filter((c) => c.startsWith('PP1') || c === 'PP9001')).toEqual([]);
    // Deep given values within the limit are a type error at worst, never an internal one.
    for (const text of [shapes['nested lists in given']!(NESTING_LIMIT - 4), shapes['nested records in given']!(NESTING_LIMIT - 4)]) {
      const program = new Program('ok.payplan', text);
      expect(program.diagnostics.map((d) => d.code)).not.toContain('PP9001');
      expect(program.tests.internal).toBeNull();
    }
  });
});
