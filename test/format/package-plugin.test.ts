/**
 * The plugin as a user loads it: the package export `payplan/prettier` names the built plugin, and
 * prettier's own API formats a plan with it, with no help from payplan's CLI. Built into a scratch
 * folder so it never races the CLI tests that rebuild dist/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const outdir = mkdtempSync(join(root, 'node_modules/.cache-prettier-'));

describe('payplan/prettier', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', outdir], { cwd: root });
  }, 60_000);

  it('is the package export of the built plugin', () => {
    // Resolved by Node itself, as prettier resolves a plugin named in a user's config.
    const resolved = execFileSync(process.execPath, ['--input-type=module', '-e', "process.stdout.write(import.meta.resolve('payplan/prettier'))"], { cwd: root, encoding: 'utf8' });
    expect(resolved).toBe(pathToFileURL(join(root, 'dist/prettier.mjs')).href);
  });

  it('formats a plan when prettier loads the built plugin', async () => {
    const text = 'plan "P" {\ncurrency USD\n  input a: Money\n  component C { payout a }\n}\n';
    const plugin = join(outdir, 'prettier.mjs');
    const out = await prettier.format(text, { filepath: join(root, 'x.payplan'), plugins: [plugin] });
    expect(out).toBe('plan "P" {\n  currency USD\n  input a: Money\n  component C {\n    payout a\n  }\n}\n');
  });
});
