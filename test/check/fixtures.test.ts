/**
 * Every fixture in test/cases/check is one behaviour: its `// expect CODE `text`` header lines list
 * exactly the diagnostics it must produce (code and underlined text, in source order), and its
 * rendered diagnostics are kept as a golden file beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Program } from '../../src/program.js';
import { runTests } from '../../src/compile/test-runner.js';
import { renderDiagnostics } from '../../src/diagnostics/render.js';
import { byPosition } from '../../src/diagnostics/diagnostic.js';

const dir = join(import.meta.dirname, '../cases/check');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.payplan')).sort();

function expected(text: string): string[] {
  return [...text.matchAll(/^\/\/ expect (PP\d{4}) `(.*)`$/gm)].map((m) => `${m[1]} ${m[2]}`);
}

describe('check fixtures', () => {
  it('has at least forty fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  for (const name of fixtures) {
    it(name, async () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const program = new Program(name, text);
      const diagnostics = [...program.diagnostics];
      if (!program.hasErrors) diagnostics.push(...runTests(program.checked, text).flatMap((r) => r.diagnostics));
      diagnostics.sort(byPosition);
      const actual = diagnostics.map((d) => `${d.code} ${text.slice(d.span.start, d.span.end)}`);
      expect(actual).toEqual(expected(text));
      await expect(renderDiagnostics(program.file, diagnostics, name) + '\n').toMatchFileSnapshot(
        join(dir, name.replace(/\.payplan$/, '.diagnostics.txt')),
      );
    });
  }
});
