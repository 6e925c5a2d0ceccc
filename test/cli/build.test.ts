import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, fixtures, root, scratchDir } from './helpers.js';

describe('payplan build', () => {
  it('writes <basename>.mjs and .d.mts; the module pays like `payplan run`', async () => {
    const out = scratchDir('build');
    const r = await cli(['build', 'examples/ae-fy2026-marginal.payplan', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const shown = out.slice(root.length);
    expect(r.stdout).toBe(`wrote ${shown}/ae-fy2026-marginal.mjs\nwrote ${shown}/ae-fy2026-marginal.d.mts\n`);
    expect(readFileSync(join(out, 'ae-fy2026-marginal.d.mts'), 'utf8')).toContain('PayeeData');

    const mod = (await import(pathToFileURL(join(out, 'ae-fy2026-marginal.mjs')).href)) as { run(data: unknown): { total: string } };
    const data = JSON.parse(readFileSync('examples/data/ae-fy2026-marginal.json', 'utf8')).payees[0];
    expect(mod.run(data).total).toBe('77000.00');
    const viaRun = JSON.parse((await cli(['run', 'examples/ae-fy2026-marginal.payplan', 'examples/data/ae-fy2026-marginal.json', '--out', 'json'])).stdout);
    expect(mod.run(data)).toEqual(viaRun.statements[0]);
  });

  it('writes one module per plan, named by the slugified plan name, when the file has several', async () => {
    const out = scratchDir('build');
    const r = await cli(['build', `${fixtures}/two-plans.payplan`, '--outdir', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['ae.d.mts', 'ae.mjs', 'se.d.mts', 'se.mjs']);
  });

  it('refuses a plan with errors: diagnostics on stderr, nothing written, exit 1', async () => {
    const out = scratchDir('build');
    const r = await cli(['build', `${fixtures}/broken.payplan`, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('test/cli/fixtures/broken.payplan:10:16 error PP3001: cannot add a Percent to Money (USD)\n');
    expect(r.stderr).toMatch(/test\/cli\/fixtures\/broken\.payplan: 2 errors; nothing was built\n$/);
    expect(existsSync(join(out, 'broken.mjs'))).toBe(false);
  });
});
