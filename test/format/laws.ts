/**
 * The formatter laws (architecture §4.5): formatting is idempotent, and the formatted text parses
 * without errors to the same AST, with the same comments, as the text it came from.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { cleanAst } from '../../src/format/clean.js';
import { formatPlan } from '../../src/format/format.js';
import { parse } from '../../src/syntax/index.js';
import { createSourceFile } from '../../src/text/source-file.js';

/** Parses `text`, failing on any error, and returns the AST and comment texts to compare. */
export function parseForComparison(text: string, name: string): { ast: unknown; comments: string[] } {
  const result = parse(createSourceFile(name, text));
  expect(
    result.diagnostics.filter((d) => d.severity === 'error'),
    `errors parsing ${name}`,
  ).toEqual([]);
  // The formatter trims trailing whitespace after a comment; the words are what must survive.
  return { ast: cleanAst(result.ast), comments: result.comments.map((c) => c.text.trimEnd()) };
}

/** Asserts both laws of `formatted`, the formatter's output for a plan parsed as `original`. */
export async function expectLawsHold(
  original: { ast: unknown; comments: string[] },
  formatted: string,
  name: string,
): Promise<void> {
  expect(await formatPlan(formatted, { filepath: name }), `${name} formatted twice`).toBe(formatted);
  const reparsed = parseForComparison(formatted, name);
  expect(reparsed.ast, `${name}: AST after formatting`).toEqual(original.ast);
  expect(reparsed.comments, `${name}: comments after formatting`).toEqual(original.comments);
}

/** Formats a plan file and asserts the laws on the result. */
export async function expectFormatterLaws(text: string, name: string): Promise<void> {
  const original = parseForComparison(text, name);
  await expectLawsHold(original, await formatPlan(text, { filepath: name }), name);
}

const root = fileURLToPath(new URL('../../', import.meta.url));

export function repoPath(path: string): string {
  return join(root, path);
}

/** Every `.payplan` file under `dir` (relative to the repo), recursively; none if it is absent. */
function plansUnder(dir: string): string[] {
  if (!existsSync(repoPath(dir))) return [];
  return readdirSync(repoPath(dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.payplan'))
    .map((name) => join(dir, name))
    .sort();
}

/** The plans the laws are checked on: the golden inputs and every example (relative paths). */
export function lawPlans(): string[] {
  return [
    ...plansUnder('test/cases/format').filter((path) => !path.endsWith('.out.payplan')),
    ...plansUnder('examples'),
  ];
}
