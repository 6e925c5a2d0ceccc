/** `payplan fmt --check --diff`: a unified diff of what fmt would change, which applies cleanly. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/cli/unified-diff.js';
import { cli, root, scratchDir } from './helpers.js';

const messy = `plan "Fee" {
currency   USD
    input revenue: Money
  component Fee { commission on revenue at 2% }
}
`;

/** Applies a unified diff of one file to `before` (a check on unifiedDiff independent of git). */
function apply(before: string, patch: string): string {
  const old = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  let at = 0;
  const lines = patch.split('\n');
  for (let i = 2; i < lines.length; i++) {
    const h = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(lines[i]!);
    if (!h) continue;
    const start = Number(h[1]) - (h[2] === '0' ? 0 : 1);
    while (at < start) out.push(old[at++]!);
    for (i++; i < lines.length && /^[ +\-\\]/.test(lines[i]!); i++) {
      const line = lines[i]!;
      const noEol = lines[i + 1]?.startsWith('\\') === true;
      const text = `${line.slice(1)}${noEol ? '' : '\n'}`;
      if (line[0] === ' ' || line[0] === '-') {
        expect(old[at]).toBe(text);
        at++;
      }
      if (line[0] === ' ' || line[0] === '+') out.push(text);
      if (noEol) i++;
    }
    i--;
  }
  while (at < old.length) out.push(old[at++]!);
  return out.join('');
}

describe('payplan fmt --check --diff', () => {
  it('prints a unified diff per file that would change, changes nothing, exit 1; the summary goes to stderr', async () => {
    const dir = scratchDir('fmt-diff');
    writeFileSync(join(dir, 'messy.payplan'), messy);
    copyFileSync(join(root, 'examples/csm-fy2026.payplan'), join(dir, 'tidy.payplan'));
    const r = await cli(['fmt', '--check', '--diff', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`--- a/messy.payplan
+++ b/messy.payplan
@@ -1,5 +1,7 @@
 plan "Fee" {
-currency   USD
-    input revenue: Money
-  component Fee { commission on revenue at 2% }
+  currency USD
+  input revenue: Money
+  component Fee {
+    commission on revenue at 2%
+  }
 }
`);
    expect(r.stderr).toBe('1 file would be reformatted, 1 already formatted\n');
    expect(readFileSync(join(dir, 'messy.payplan'), 'utf8')).toBe(messy);

    // The patch gives exactly what fmt writes.
    const patched = apply(messy, r.stdout);
    expect((await cli(['fmt', 'messy.payplan'], dir)).code).toBe(0);
    expect(patched).toBe(readFileSync(join(dir, 'messy.payplan'), 'utf8'));
    expect(await cli(['fmt', '--check', '--diff', '.'], dir)).toEqual({ code: 0, stdout: '', stderr: '2 files already formatted\n' });
  });

  it('the diff applies with git apply', async () => {
    const git = spawnSync('git', ['--version']);
    if (git.status !== 0) return;
    const dir = scratchDir('fmt-diff');
    writeFileSync(join(dir, 'messy.payplan'), messy.trimEnd());
    const r = await cli(['fmt', '--diff', 'messy.payplan'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\\ No newline at end of file\n');
    writeFileSync(join(dir, 'fmt.patch'), r.stdout);
    const applied = spawnSync('git', ['apply', 'fmt.patch'], { cwd: dir, encoding: 'utf8' });
    expect(applied.stderr).toBe('');
    const patched = readFileSync(join(dir, 'messy.payplan'), 'utf8');
    writeFileSync(join(dir, 'messy.payplan'), messy.trimEnd());
    await cli(['fmt', 'messy.payplan'], dir);
    expect(patched).toBe(readFileSync(join(dir, 'messy.payplan'), 'utf8'));
  });

  it('unifiedDiff: applying the diff of any two texts gives the second', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 30 }).chain((ls) =>
      fc.boolean().map((eol) => (ls.length === 0 ? '' : `${ls.join('\n')}${eol ? '\n' : ''}`)),
    );
    fc.assert(
      fc.property(text, text, (before, after) => {
        const patch = unifiedDiff(before, after, 'a/x', 'b/x');
        if (before === after) expect(patch).toBe('');
        else expect(apply(before, patch)).toBe(after);
      }),
      { numRuns: 500 },
    );
  });
});
