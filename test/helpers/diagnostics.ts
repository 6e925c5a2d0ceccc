/**
 * Diagnostics asserted by the text they underline, so tests read like the source:
 * `expectSyntaxDiagnostics('ote $1,00', [{ code: 'PP1003', text: '$1,00' }])`.
 */
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parse } from '../../src/syntax/index.js';
import { createSourceFile } from '../../src/text/source-file.js';

export interface Underlined {
  readonly code: string;
  readonly text: string;
}

/** Each diagnostic's code and the exact text under its span, in order. */
export function underlined(text: string, diagnostics: readonly Diagnostic[]): Underlined[] {
  return diagnostics.map((d) => ({ code: d.code, text: text.slice(d.span.start, d.span.end) }));
}

/** Parses `source` and asserts its syntax diagnostics exactly. */
export function expectSyntaxDiagnostics(source: string, expected: readonly Underlined[]): void {
  expect(underlined(source, parse(createSourceFile('test.payplan', source)).diagnostics)).toEqual(expected);
}
