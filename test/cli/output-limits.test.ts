/**
 * Hostile input must not make hostile amounts of output: text output shows the first 100
 * diagnostics of a file and counts the rest, and shows at most 160 columns of a source line.
 * JSON and SARIF keep every diagnostic.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDir } from './helpers.js';

/** A plan with `n` stray `@` lines: one PP1001 each. */
function strays(n: number): string {
  return `plan "P" {\n  currency USD\n${'  @\n'.repeat(n)}}\n`;
}

const headers = (text: string) => text.split('\n').filter((l) => /^many\.payplan:\d+:\d+ error PP\d{4}: /.test(l));

describe('diagnostic output limits', () => {
  it('check prints the first 100 diagnostics of a file, then one line counting the rest', async () => {
    const dir = scratchDir('limits');
    writeFileSync(join(dir, 'many.payplan'), strays(250));
    const r = await cli(['check', 'many.payplan'], dir);
    expect(r.code).toBe(1);
    const shown = headers(r.stdout);
    expect(shown).toHaveLength(100);
    expect(shown[0]).toBe('many.payplan:3:3 error PP1001: unexpected character `@`');
    expect(shown[99]).toBe('many.payplan:102:3 error PP1001: unexpected character `@`');
    expect(r.stdout).toContain('\n\n… 150 more diagnostics in many.payplan not shown (150 errors, 0 warnings); `--format json` lists them all\n\n');
    expect(r.stdout.endsWith('1 file checked: 250 errors, 0 warnings\n')).toBe(true);
  });

  it('exactly 100 diagnostics print without a closing count', async () => {
    const dir = scratchDir('limits');
    writeFileSync(join(dir, 'many.payplan'), strays(100));
    const r = await cli(['check', 'many.payplan'], dir);
    expect(headers(r.stdout)).toHaveLength(100);
    expect(r.stdout).not.toContain('more diagnostic');
  });

  it('JSON and SARIF list every diagnostic', async () => {
    const dir = scratchDir('limits');
    writeFileSync(join(dir, 'many.payplan'), strays(250));
    const json = JSON.parse((await cli(['check', 'many.payplan', '--format', 'json'], dir)).stdout) as { diagnostics: unknown[] }[];
    expect(json[0]!.diagnostics).toHaveLength(250);
    const sarif = JSON.parse((await cli(['check', 'many.payplan', '--format', 'sarif'], dir)).stdout) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(250);
  });

  it('run, test and fmt cap the diagnostics they print too', async () => {
    const dir = scratchDir('limits');
    writeFileSync(join(dir, 'many.payplan'), strays(250));
    writeFileSync(join(dir, 'data.json'), '{"payees": []}');
    const run = await cli(['run', 'many.payplan', 'data.json'], dir);
    expect(headers(run.stderr)).toHaveLength(100);
    expect(run.stderr).toContain('… 150 more diagnostics in many.payplan not shown (150 errors, 0 warnings)\n');
    const test = await cli(['test', 'many.payplan'], dir);
    expect(test.stdout.split('\n').filter((l) => /^ {2}many\.payplan:\d+:\d+ error /.test(l))).toHaveLength(100);
    expect(test.stdout).toContain('  … 150 more diagnostics in many.payplan not shown (150 errors, 0 warnings)\n');
    const fmt = await cli(['fmt', 'many.payplan'], dir);
    expect(headers(fmt.stderr)).toHaveLength(100);
    expect(fmt.stderr).toContain('… 150 more diagnostics in many.payplan not shown');
  });

  it('a very long source line is shown cut around the span, with the underline in place', async () => {
    const dir = scratchDir('limits');
    // A long line that is not one long expression (that would be PP1110): long texts around the `@`.
    const long = `  let a = "${'x'.repeat(10000)}" @ "${'y'.repeat(10000)}"`;
    writeFileSync(join(dir, 'long.payplan'), `plan "P" {\n  currency USD\n${long}\n}\n`);
    const r = await cli(['check', 'long.payplan'], dir);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.startsWith('long.payplan:3:') && l.includes('PP1001'));
    expect(lines[at]).toBe(`long.payplan:3:${long.indexOf('@') + 1} error PP1001: unexpected character \`@\``);
    const source = lines[at + 1]!;
    const underline = lines[at + 2]!;
    expect(source.length).toBeLessThanOrEqual(2 + 1 + 160 + 1);
    expect(source.startsWith('  …')).toBe(true);
    expect(source.endsWith('…')).toBe(true);
    expect(underline.trim()).toBe('~');
    expect(source[underline.indexOf('~')]).toBe('@');
    expect(r.stdout.length).toBeLessThan(2000);
  });
});
