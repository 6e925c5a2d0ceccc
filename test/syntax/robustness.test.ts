/**
 * Parsing never fails: every prefix of every example in docs/language.md, cut at each token
 * boundary, and arbitrary strings of payplan fragments, parse without an exception or an internal
 * error, with every span inside the text and every message free of parser jargon.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lex } from '../../src/syntax/lexer.js';
import { createSourceFile } from '../../src/text/source-file.js';
import { docFiles } from './doc-examples.js';
import { parseText } from './parse-helpers.js';

function spansOf(value: unknown, found: { start: number; end: number }[] = []): { start: number; end: number }[] {
  if (Array.isArray(value)) {
    for (const item of value) spansOf(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key.endsWith('pan') && typeof child === 'object' && child !== null && 'start' in child) {
        found.push(child as { start: number; end: number });
      } else {
        spansOf(child, found);
      }
    }
  }
  return found;
}

/** Parser words an analyst should never read: chevrotain's arrows and token-type names. */
const jargon = /-->|<--|\bEOF\b|\b(?:[LR](?:Curly|Paren|Bracket)|[A-Z][a-z]+Literal|Identifier|Comma|Colon|Arrow|Equals|NoViableAlt)\b/;

function expectWellFormed(text: string): void {
  const result = parseText(text);
  const spans = [...result.diagnostics.map((d) => d.span), ...spansOf(result.ast)];
  const outside = spans.filter((at) => !(Number.isInteger(at.start) && Number.isInteger(at.end)
    && 0 <= at.start && at.start <= at.end && at.end <= text.length));
  const internal = result.diagnostics.filter((d) => d.code === 'PP9001');
  const jargonMessages = result.diagnostics.map((d) => `${d.message} ${d.help ?? ''}`).filter((m) => jargon.test(m));
  expect({ internal, outside, jargonMessages }).toEqual({ internal: [], outside: [], jargonMessages: [] });
}

function cuts(text: string): number[] {
  const offsets = lex(createSourceFile('t', text)).tokens.flatMap((t) => [t.startOffset, t.startOffset + t.image.length]);
  return [...new Set([0, ...offsets, text.length])];
}

describe('robustness', () => {
  it.each(docFiles.map((file, i) => [i, file] as const))('every prefix of doc example %i', (_i, file) => {
    for (const cut of cuts(file)) expectWellFormed(file.slice(0, cut));
  });

  it('every suffix of the opening doc example', () => {
    const file = docFiles[0]!;
    for (const cut of cuts(file)) expectWellFormed(file.slice(cut));
  });

  it('arbitrary sequences of payplan fragments', () => {
    const fragments = [
      'plan "P"', 'test "T"', '{', '}', '(', ')', '[', ']', ',', ':', '.', '|', '->', '=', '==', '<', '+', '-', '*', '/',
      'of', 'and', 'not', 'if', 'then', 'else', 'component C', 'commission', 'on', 'at', 'marginal', 'by', 'pro rata',
      'per d in deals', 'where', 'payout', 'curve', 'below', 'up to', 'from', 'above', 'linear', 'to', 'slope',
      'let x', 'input q', 'Money', 'list of', 'must be between', 'bonus "B"', 'when', 'once', 'expect', 'given', 'Q1',
      'total', 'sum(', 'for d in', 'count(', '$1,000', '$1,00', '75%', '2026-02-30', '1.5', '"text', '"ok"', '@', '\n',
      'rounding', 'half-even', 'mix', 'base', 'variable', 'period', 'quarter', '// note\n', 'é', '🚀',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        expectWellFormed(parts.join(' '));
      }),
      { numRuns: 300 },
    );
  });
});
