/**
 * Malformed input, one behaviour per fixture in test/cases/syntax. This table is the contract:
 * each fixture's exact diagnostics, by code and underlined text, in source order. The fixtures
 * repeat it in `// expect` header lines (which docs/diagnostics.md quotes), and their rendered
 * diagnostics are kept as golden files beside them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanDecl } from '../../src/syntax/ast.js';
import { renderDiagnostics } from '../../src/diagnostics/render.js';
import { parse } from '../../src/syntax/index.js';
import { createSourceFile } from '../../src/text/source-file.js';
import { decodeUtf8 } from '../../src/text/utf8.js';
import { Program } from '../../src/program.js';
import { underlined, type Underlined } from '../helpers/diagnostics.js';

const dir = join(import.meta.dirname, '../cases/syntax');

const expected: Readonly<Record<string, readonly (readonly [code: string, text: string])[]>> = {
  'aggregate-on-a-function': [['PP1102', 'for']],
  'aggregate-without-for': [['PP1102', 'in']],
  'bad-date': [['PP1004', '2026-02-30']],
  'bad-money-grouping': [['PP1003', '$1,00']],
  'bad-number-in-call': [['PP1003', '1,2']],
  'bad-rounding-mode': [['PP1101', 'nearest']],
  'broken-component-then-valid': [['PP1103', '}']],
  'chained-comparison': [['PP1102', '<']],
  'commission-without-mode': [['PP1101', '}']],
  'component-item-in-plan': [['PP1105', 'attainment']],
  'component-left-open': [['PP1107', '{']],
  'count-with-for': [['PP1102', 'for']],
  'expect-without-line': [['PP1101', '=']],
  'garbage-at-top-level': [['PP1108', 'hello']],
  'input-missing-colon': [['PP1101', 'Money']],
  'keyword-as-name': [['PP1101', 'total']],
  'let-missing-equals': [['PP1101', '5']],
  'missing-arrow': [['PP1101', '0%']],
  'missing-band-value': [['PP1103', '}']],
  'missing-bound': [['PP1104', '->']],
  'missing-brace-at-eof': [['PP1107', '{']],
  'missing-value': [['PP1103', 'let']],
  'mix-missing-slash': [['PP1101', '25%']],
  'nested-too-deeply': [['PP1110', '(']],
  'not-a-type': [['PP1101', '5']],
  // Read as bytes: the header shows U+FFFD, the diagnostic points at the byte that is not UTF-8.
  'not-utf8': [['PP1005', '\ufffd']],
  // The component closes early and its real `}` then ends the plan: one slip, two reports.
  'plan-item-in-component': [['PP1106', 'currency'], ['PP1108', '}']],
  'plan-without-name': [['PP1101', '{']],
  'record-missing-comma': [['PP1101', 'kind']],
  // Recovery after the reserved word still reports the rest of the record; the first error is the one to read.
  'reserved-field-name': [['PP1101', 'floor'], ['PP1103', ':'], ['PP1108', '}']],
  'default-given-twice': [['PP1102', '=']],
  'field-default-given-twice': [['PP1102', '=']],
  'second-given': [['PP1102', 'given']],
  'several-errors': [['PP1003', '$1,00'], ['PP1103', 'let'], ['PP1004', '2026-13-01'], ['PP1101', '0%']],
  'stray-character': [['PP1001', '@']],
  'stray-closer': [['PP1105', ')']],
  'unclosed-paren': [['PP1107', '(']],
  'unclosed-test-at-eof': [['PP1107', '{']],
  'unknown-period-unit': [['PP1101', 'week']],
  'unterminated-string': [['PP1002', '"Q3 SPIFF']],
  'values-outside-given': [['PP1109', 'quota']],
};

const fixtures = readdirSync(dir).filter((f) => f.endsWith('.payplan')).sort();

function table(name: string): Underlined[] {
  return (expected[name] ?? []).map(([code, text]) => ({ code, text }));
}

function headers(text: string): Underlined[] {
  return [...text.matchAll(/^\/\/ expect (PP\d{4}) `(.*)`$/gm)].map((m) => ({ code: m[1]!, text: m[2]! }));
}

describe('malformed input', () => {
  it('has a table entry for every fixture and a fixture for every entry', () => {
    expect(fixtures.map((f) => f.replace(/\.payplan$/, ''))).toEqual(Object.keys(expected).sort());
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
  });

  for (const fixture of fixtures) {
    const name = fixture.replace(/\.payplan$/, '');
    it(name, async () => {
      const source = decodeUtf8(readFileSync(join(dir, fixture)));
      const text = source.text;
      const program = new Program(fixture, text, { notUtf8At: source.invalidAt });
      const file = program.file;
      const { diagnostics } = program.syntax;
      expect(underlined(text, diagnostics)).toEqual(table(name));
      expect(headers(text)).toEqual(table(name));
      await expect(renderDiagnostics(file, diagnostics, fixture) + '\n').toMatchFileSnapshot(
        join(dir, `${name}.diagnostics.txt`),
      );
    });
  }

  it('keeps the valid component after a broken one', () => {
    const text = readFileSync(join(dir, 'broken-component-then-valid.payplan'), 'utf8');
    const plan = parse(createSourceFile('f', text)).ast.items[0] as PlanDecl;
    expect(plan.items.map((i) => (i.kind === 'Component' ? `Component ${i.name.name}` : i.kind))).toEqual([
      'Currency', 'Component Broken', 'Component Valid',
    ]);
    const valid = plan.items[2];
    expect(valid?.kind === 'Component' && valid.items.map((i) => i.kind)).toEqual(['Payout']);
  });

  it('puts a Missing value where recovery found none', () => {
    const text = readFileSync(join(dir, 'broken-component-then-valid.payplan'), 'utf8');
    const plan = parse(createSourceFile('f', text)).ast.items[0] as PlanDecl;
    const broken = plan.items[1];
    expect(broken?.kind === 'Component' && broken.items[0]).toMatchObject({
      kind: 'Attainment',
      value: { kind: 'Binary', op: '+', left: { kind: 'Name', name: 'bookings' }, right: { kind: 'Missing' } },
    });
  });
});
