/**
 * The built executable, spawned as users run it: dist/payplan.mjs (built here by scripts/build.mjs).
 * These check the bundle and its launcher; the in-process tests cover the behaviour itself.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixtures, root, scratchDir } from './helpers.js';

const bin = join(root, 'dist', 'payplan.mjs');

function payplan(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; node?: readonly string[] } = {}) {
  const r = spawnSync(process.execPath, [...(options.node ?? []), bin, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`scripts/build.mjs failed:\n${built.stderr}`);
}, 120_000);

describe('dist/payplan.mjs', () => {
  it('starts with a shebang and prints the package version', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(payplan(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('check: the same output and exit code as in-process, with and without the code cache', async () => {
    const expected = await cli(['check', `${fixtures}/broken.payplan`]);
    for (const env of [{}, {}, { PAYPLAN_CODE_CACHE: '0' }] as Record<string, string>[]) {
      expect(payplan(['check', `${fixtures}/broken.payplan`], { env })).toEqual({ code: 1, stdout: expected.stdout, stderr: '' });
    }
    expect(payplan(['check', 'examples'])).toEqual({ code: 0, stdout: '10 files checked: 0 errors, 0 warnings\n', stderr: '' });
  });

  it('run: the CSV pair, the bad row reported while the others are paid', () => {
    const r = payplan([
      'run',
      'examples/ae-fy2026-marginal.payplan',
      'examples/data/ae-fy2026-marginal.csv',
      '--list',
      'deals=examples/data/ae-fy2026-marginal.deals.csv',
      '--out',
      'csv',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`payee,period,line,kind,amount,currency
Dana Reyes,Q1,NewBusiness,component,52000.00,USD
Dana Reyes,Q1,President's Club kicker,bonus,5000.00,USD
Dana Reyes,Q2,NewBusiness,component,20000.00,USD
Priya Natarajan,Q1,NewBusiness,component,52000.00,USD
Priya Natarajan,Q1,President's Club kicker,bonus,5000.00,USD
Priya Natarajan,Q2,NewBusiness,component,24000.00,USD
`);
    expect(r.stderr).toBe('examples/data/ae-fy2026-marginal.csv:7: error PP6005: payee "Tom Becker", Q2: `quota` must be positive but is 0\npaid 2 payees (4 periods), 1 failed; total 158000.00 USD\n');
  });

  it('test: the summary line and exit code', () => {
    const r = payplan(['test', `${fixtures}/tests.payplan`]);
    expect(r.code).toBe(1);
    expect(r.stdout.endsWith('\n1 passed, 1 failed\n')).toBe(true);
  });

  it('loads prettier only for fmt', () => {
    const dir = scratchDir('dist');
    const hook = join(dir, 'trace-prettier.cjs');
    writeFileSync(
      hook,
      `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'prettier' || request.startsWith('prettier/')) process.on('exit', () => process.stderr.write('loaded prettier\\n'));
  return load.call(this, request, ...rest);
};
`,
    );
    const check = payplan(['check', 'examples/csm-fy2026.payplan'], { node: ['--require', hook] });
    expect(check).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' });
    writeFileSync(join(dir, 'fee.payplan'), 'plan "Fee" {\ncurrency   USD\n  input revenue: Money\n  component Fee { commission on revenue at 2% }\n}\n');
    const fmt = payplan(['fmt', '--check', 'fee.payplan'], { cwd: dir, node: ['--require', hook] });
    expect(fmt.code).toBe(1);
    expect(fmt.stdout).toBe('fee.payplan\n1 file would be reformatted, 0 already formatted\n');
    expect(fmt.stderr).toContain('loaded prettier');
  });

  it('usage errors exit 2', () => {
    expect(payplan(['nope'])).toEqual({ code: 2, stdout: '', stderr: 'payplan: unknown command `nope`\nRun `payplan --help` for usage.\n' });
  });
});
