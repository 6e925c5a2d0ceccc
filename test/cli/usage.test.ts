import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('usage', () => {
  it.each([
    [['frobnicate'], 'payplan: unknown command `frobnicate`\nRun `payplan --help` for usage.\n'],
    [['chek', 'examples'], 'payplan: unknown command `chek`; did you mean `check`?\nRun `payplan --help` for usage.\n'],
    [['--frob'], 'payplan: unknown option `--frob`\nRun `payplan --help` for usage.\n'],
    [['check', '--pedantic', 'examples'], 'payplan check: unknown option `--pedantic`\nRun `payplan check --help` for usage.\n'],
    [['check', 'nope.payplan'], 'payplan check: cannot find `nope.payplan`\nRun `payplan check --help` for usage.\n'],
    [['check'], 'payplan check: name at least one .payplan file or directory\nRun `payplan check --help` for usage.\n'],
    [['check', 'docs'], 'payplan check: `docs` holds no .payplan files\nRun `payplan check --help` for usage.\n'],
    [['check', '--format', 'xml', 'examples'], 'payplan check: option `--format` must be one of text, json, sarif, not `xml`\nRun `payplan check --help` for usage.\n'],
    [['check', '--format'], 'payplan check: option `--format` needs a value\nRun `payplan check --help` for usage.\n'],
    [['fmt', '--check=yes', 'examples'], 'payplan fmt: option `--check` takes no value\nRun `payplan fmt --help` for usage.\n'],
    [['run', 'examples/ae-fy2026-marginal.payplan'], 'payplan run: give a plan file and a data file: `payplan run <plan> <data>`\nRun `payplan run --help` for usage.\n'],
    [['run', 'examples/ae-fy2026-marginal.payplan', 'missing.json'], 'payplan run: cannot read `missing.json`\nRun `payplan run --help` for usage.\n'],
    [
      ['run', 'examples/ae-fy2026-marginal.payplan', 'examples/data/ae-fy2026-marginal.json', '--list', 'deals'],
      'payplan run: `--list deals` should be `--list name=file.csv`\nRun `payplan run --help` for usage.\n',
    ],
    [['build'], 'payplan build: give a plan file: `payplan build <plan> [-o outdir]`\nRun `payplan build --help` for usage.\n'],
  ])('payplan %j exits 2', async (argv, stderr) => {
    expect(await cli(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('no arguments prints the help on stderr, exit 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^payplan: checked, tested and compiled sales-compensation plans\n\nUsage: payplan <command> \[options\]/);
  });

  it('--help, help <cmd>, <cmd> --help and --version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['check', 'test', 'run', 'explain', 'build', 'fmt']) expect(help.stdout).toContain(`\n  ${command} `);
    const checkHelp = await cli(['check', '--help']);
    expect(checkHelp).toEqual(await cli(['help', 'check']));
    expect(checkHelp.stdout).toMatch(/^Usage: payplan check <files\|dirs>\.\.\. \[--format text\|json\|sarif\] \[--report\] \[--max-warnings N\] \[--strict\]\n/);
    expect((await cli(['run', 'whatever', '-h'])).stdout).toMatch(/^Usage: payplan run /);
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('arguments after `--` are files, even if they look like options', async () => {
    const r = await cli(['check', '--', '--help']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('payplan check: cannot find `--help`\nRun `payplan check --help` for usage.\n');
  });
});
