/**
 * Exit codes 2 and 3 (docs/cli.md): a file that cannot be read or written is a usage error (exit 2,
 * one plain line, no stack trace); payplan failing itself is PP9001 with exit 3, in every command.
 * The internal errors are injected by wrapping a stage so it throws on a marker in the input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, root, scratchDir } from './helpers.js';

vi.mock('../../src/check/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/check/index.js')>();
  return {
    ...real,
    check: (...args: Parameters<typeof real.check>) => {
      if (args[1].includes('CRASH-CHECK')) throw new Error('injected checker crash');
      return real.check(...args);
    },
  };
});

vi.mock('../../src/compile/test-runner.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/compile/test-runner.js')>();
  return {
    ...real,
    runTests: (...args: Parameters<typeof real.runTests>) => {
      if (args[1].includes('CRASH-TESTS')) throw new Error('injected test runner crash');
      return real.runTests(...args);
    },
  };
});

vi.mock('../../src/compile/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/compile/index.js')>();
  return {
    ...real,
    compileProgram: (...args: Parameters<typeof real.compileProgram>) => {
      const compiled = real.compileProgram(...args);
      return {
        ...compiled,
        plans: compiled.plans.map((plan) => ({
          ...plan,
          run: (data: { payee?: string }) => {
            if (data.payee === 'Crash Test') throw new TypeError('injected evaluator crash');
            return plan.run(data as Parameters<typeof plan.run>[0]);
          },
        })),
      };
    },
  };
});

vi.mock('../../src/format/format.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/format/format.js')>();
  return {
    ...real,
    formatPlan: async (text: string, options: Parameters<typeof real.formatPlan>[1]) => {
      if (text.includes('CRASH-FMT')) throw new Error('injected formatter crash');
      return real.formatPlan(text, options);
    },
  };
});

const plan = 'examples/ae-fy2026-marginal.payplan';
const data = 'examples/data/ae-fy2026-marginal.demo.json';
const fee = (marker: string) =>
  `// ${marker}\nplan "Fee" {\n  currency USD\n  input revenue: Money\n  component Fee { commission on revenue at 2% }\n}\n`;

describe('file-system errors are usage errors: exit 2, one line, no stack trace', () => {
  it('run --output into a folder that does not exist', async () => {
    const dir = scratchDir('exit');
    const s = await cli(['run', join(root, plan), join(root, data), '--output', 'missing/out.json'], dir);
    expect(s.code).toBe(2);
    expect(s.stderr).toBe('payplan run: cannot write `missing/out.json`: the directory `missing` does not exist\n');
    expect(s.stdout).toBe('');
  });

  it('run --output onto a directory', async () => {
    const dir = scratchDir('exit');
    const r = await cli(['run', join(root, plan), join(root, data), '--output', '.'], dir);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'payplan run: cannot write `.`: it is a directory\n' });
  });

  it('build -o onto an existing regular file, or a path through one', async () => {
    const dir = scratchDir('exit');
    writeFileSync(join(dir, 'taken'), 'not a directory');
    const onFile = await cli(['build', join(root, 'examples/csm-fy2026.payplan'), '-o', 'taken'], dir);
    expect(onFile).toEqual({ code: 2, stdout: '', stderr: 'payplan build: cannot write into `taken`: it is a file, not a directory\n' });
    const through = await cli(['build', join(root, 'examples/csm-fy2026.payplan'), '-o', 'taken/sub'], dir);
    expect(through).toEqual({
      code: 2,
      stdout: '',
      stderr: 'payplan build: cannot create the directory `taken/sub`: a part of its path is a file, not a directory\n',
    });
    expect(existsSync(join(dir, 'taken', 'sub'))).toBe(false);
  });
});

describe('internal errors are PP9001 with exit 3', () => {
  it('check: a stage that crashes', async () => {
    const dir = scratchDir('exit');
    writeFileSync(join(dir, 'crash.payplan'), fee('CRASH-CHECK'));
    const r = await cli(['check', 'crash.payplan'], dir);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('error PP9001: payplan hit an internal error while checking the plan: injected checker crash');
  });

  it('test: the test runner crashes', async () => {
    const dir = scratchDir('exit');
    writeFileSync(join(dir, 'crash.payplan'), `${fee('CRASH-TESTS')}test "fee" {\n  given { revenue: $100 }\n  expect Fee = $2\n}\n`);
    const r = await cli(['test', 'crash.payplan'], dir);
    expect(r.stdout).toContain('PP9001');
    expect(r.code).toBe(3);
  });

  it('run and explain: one payee crashes the evaluator; the others are still paid', async () => {
    const dir = scratchDir('exit');
    const payees = { payees: [{ payee: 'Crash Test', periods: { FY: { revenue: '$100' } } }, { payee: 'Dana', periods: { FY: { revenue: '$100' } } }] };
    writeFileSync(join(dir, 'fee.payplan'), fee('ok'));
    writeFileSync(join(dir, 'data.json'), JSON.stringify(payees));
    const r = await cli(['run', 'fee.payplan', 'data.json', '--out', 'json'], dir);
    expect(r.code).toBe(3);
    const out = JSON.parse(r.stdout);
    expect(out.statements.map((s: { payee: string }) => s.payee)).toEqual(['Dana']);
    expect(out.errors.map((e: { code: string }) => e.code)).toEqual(['PP9001']);
    const e = await cli(['explain', 'fee.payplan', 'data.json', '--payee', 'Crash Test'], dir);
    expect(e.code).toBe(3);
    expect(e.stderr).toContain('error PP9001');
  });

  it('fmt: the formatter crashes on a file that parses', async () => {
    const dir = scratchDir('exit');
    writeFileSync(join(dir, 'crash.payplan'), fee('CRASH-FMT'));
    const r = await cli(['fmt', 'crash.payplan'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('crash.payplan: error PP9001: payplan hit an internal error while formatting: injected formatter crash\nplease report this with the plan file\n');
  });
});

describe('the executable', () => {
  const bin = join(root, 'dist', 'payplan.mjs');
  const payplan = (args: readonly string[], node: readonly string[] = [], stdio?: 'full') => {
    const r = spawnSync(process.execPath, [...node, bin, ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: stdio === 'full' ? ['ignore', 'pipe', 'pipe'] : 'pipe',
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  beforeAll(() => {
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`scripts/build.mjs failed:\n${built.stderr}`);
  }, 120_000);

  it('a standard output that cannot be written (a full disk) is exit 2, one line', () => {
    if (!existsSync('/dev/full')) return;
    const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${bin}" check examples > /dev/full`], { cwd: root, encoding: 'utf8' });
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 2, stderr: 'payplan: cannot write to standard output: no space left on the device (ENOSPC)\n' });
  });

  it('an error that escapes main() is PP9001, exit 3', () => {
    const dir = scratchDir('exit');
    const hook = join(dir, 'late-throw.cjs');
    writeFileSync(
      hook,
      `const fs = require('node:fs');
const read = fs.readFileSync;
let armed = true;
fs.readFileSync = function (path, ...rest) {
  if (armed && String(path).endsWith('.payplan')) {
    armed = false;
    setImmediate(() => { throw new Error('injected late crash'); });
  }
  return read.call(this, path, ...rest);
};
`,
    );
    const r = payplan(['check', 'examples/csm-fy2026.payplan'], ['--require', hook]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^payplan: error PP9001: payplan hit an internal error: Error: injected late crash\n/);
    expect(r.stderr.endsWith('please report this with the plan file\n')).toBe(true);
  });
});
