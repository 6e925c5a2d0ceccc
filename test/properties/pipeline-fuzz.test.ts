/**
 * Grammar-aware fuzzing of the whole pipeline: take the example plans, cut them at token boundaries
 * and delete, duplicate, swap or insert tokens, then parse, check and (when the mutant still checks)
 * run its tests. Nothing may throw, no stage may report an internal error, and every diagnostic
 * range must lie within the text. `npm run fuzz` runs 10,000 cases; the default suite a few hundred.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Program } from '../../src/program.js';
import { runTests } from '../../src/compile/test-runner.js';
import { lex } from '../../src/syntax/lexer.js';
import { createSourceFile } from '../../src/text/source-file.js';

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const dir = join(import.meta.dirname, '../../examples');
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.payplan'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));

/** Each source as its tokens' texts and the text before each token, so mutants keep the layout. */
const pieces = sources.map((text) => {
  const { tokens } = lex(createSourceFile('x', text));
  let at = 0;
  const out: { gap: string; token: string }[] = [];
  for (const t of tokens) {
    out.push({ gap: text.slice(at, t.startOffset), token: t.image });
    at = t.startOffset + t.image.length;
  }
  return { out, tail: text.slice(at) };
});
const vocabulary = [...new Set(pieces.flatMap((p) => p.out.map((x) => x.token)))];

type Mutation =
  | { op: 'delete' | 'duplicate' | 'swap'; at: number }
  | { op: 'insert'; at: number; token: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), token: fc.nat() }),
);

function mutate(source: number, mutations: readonly Mutation[]): string {
  const { out, tail } = pieces[source]!;
  const tokens = out.map((p) => ({ ...p }));
  for (const m of mutations) {
    if (tokens.length === 0) break;
    const i = m.at % tokens.length;
    if (m.op === 'delete') tokens.splice(i, 1);
    else if (m.op === 'duplicate') tokens.splice(i, 0, { ...tokens[i]! });
    else if (m.op === 'swap' && i + 1 < tokens.length) [tokens[i], tokens[i + 1]] = [tokens[i + 1]!, tokens[i]!];
    else if (m.op === 'insert') tokens.splice(i, 0, { gap: ' ', token: vocabulary[m.token % vocabulary.length]! });
  }
  return tokens.map((t) => t.gap + t.token).join('') + tail;
}

describe('pipeline fuzz', () => {
  it(`never throws on ${runs} mutated example plans, and every range is inside the text`, () => {
    fc.assert(
      fc.property(fc.nat(sources.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), (source, mutations) => {
        const text = mutate(source, mutations);
        const program = new Program('fuzz.payplan', text);
        const diagnostics = [...program.diagnostics];
        if (!program.hasErrors) diagnostics.push(...runTests(program.checked, text).flatMap((r) => r.diagnostics));
        for (const d of diagnostics) {
          expect(d.code).not.toBe('PP9001');
          expect(d.span.start).toBeGreaterThanOrEqual(0);
          expect(d.span.end).toBeLessThanOrEqual(text.length);
          expect(d.span.start).toBeLessThanOrEqual(d.span.end);
        }
      }),
      { numRuns: runs },
    );
  }, 30_000 + runs * 25);
});
