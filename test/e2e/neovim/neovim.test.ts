/**
 * End to end with an LSP client no one on the team wrote: Neovim's built-in client (Debian's
 * neovim 0.7, `scripts/install-neovim.sh`), headless, on a copy of an example plan with an error
 * introduced. The server is the shipped one: `payplan lsp --stdio` from a fresh build. Asserts the
 * diagnostics Neovim received (Neovim turns LSP's UTF-16 columns into byte columns, so an accent
 * before the error shows whether both sides counted alike) and a hover.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasNvim) console.warn('test/e2e/neovim skipped: `nvim` is not installed (run scripts/install-neovim.sh)');

let work: string;

beforeAll(() => {
  if (!hasNvim) return;
  // Inside the repository, so that the bundle finds its external packages (prettier) in node_modules.
  mkdirSync(join(root, '.cache'), { recursive: true });
  work = mkdtempSync(join(root, '.cache', 'e2e-neovim-'));
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', join(work, 'dist')], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`scripts/build.mjs failed:\n${built.stderr}`);
  for (const dir of ['config', 'data', 'cache', 'state']) mkdirSync(join(work, 'xdg', dir), { recursive: true });
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function runNeovim(file: string, hover: { line: number; character: number }) {
  const result = spawnSync('timeout', ['60', 'nvim', '--headless', '-n', '-i', 'NONE', '-u', join(here, 'init.lua'), '-c', `luafile ${join(here, 'check.lua')}`, file], {
    cwd: dirname(file),
    encoding: 'utf8',
    env: {
      ...process.env,
      XDG_CONFIG_HOME: join(work, 'xdg', 'config'),
      XDG_DATA_HOME: join(work, 'xdg', 'data'),
      XDG_CACHE_HOME: join(work, 'xdg', 'cache'),
      XDG_STATE_HOME: join(work, 'xdg', 'state'),
      PAYPLAN_LSP_CMD: JSON.stringify([process.execPath, join(work, 'dist', 'payplan.mjs'), 'lsp', '--stdio']),
      PAYPLAN_HOVER: JSON.stringify(hover),
    },
  });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  let parsed: Record<string, unknown> | null = null;
  try {
    parsed = JSON.parse(line);
  } catch {
    parsed = null;
  }
  if (result.status !== 0 || parsed === null) {
    const log = (() => {
      try {
        return readFileSync(join(work, 'xdg', 'cache', 'nvim', 'lsp.log'), 'utf8');
      } catch {
        return '(no lsp.log)';
      }
    })();
    throw new Error(`neovim exited with ${result.status}\nstdout: ${result.stdout}\nstderr: ${result.stderr}\nlsp.log: ${log}`);
  }
  return parsed as { diagnostics: Record<string, unknown>[]; hover: { contents: { kind: string; value: string }; range: unknown }; offset_encoding: string };
}

describe.skipIf(!hasNvim)('Neovim (built-in LSP client) with `payplan lsp --stdio`', () => {
  it('shows the diagnostic of an error introduced in an example plan, and a hover', () => {
    const dir = join(work, 'plans');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'csm-fy2026.payplan');
    copyFileSync(join(root, 'examples', 'csm-fy2026.payplan'), file);
    const original = readFileSync(file, 'utf8');
    // The error: a misspelt name ending in an accent, which is 1 UTF-16 code unit but 2 bytes.
    const broken = original.replace('    gate grr >= 90%', '    gate grré >= 90%');
    expect(broken).not.toBe(original);
    writeFileSync(file, broken);
    const lines = broken.split('\n');
    const lnum = lines.findIndex((l) => l.includes('grré'));
    const retention = lines.findIndex((l) => l.startsWith('  component Retention'));

    const result = runNeovim(file, { line: retention, character: 14 });

    expect(result.offset_encoding).toBe('utf-16');
    // `    gate grré`: the name is characters 9 to 13 in UTF-16, which Neovim makes bytes 9 to 14.
    expect(result.diagnostics).toEqual([
      {
        lnum,
        col: 9,
        end_lnum: lnum,
        end_col: 14,
        severity: 1,
        message: '`grré` is not defined\nhelp: did you mean `grr`?',
        source: 'payplan',
        code: 'PP2001',
      },
    ]);
    expect(result.hover.contents.kind).toBe('markdown');
    expect(result.hover.contents.value).toBe(
      '```payplan\ncomponent Retention weight 75%\n```\n\ntarget incentive = $18,750 per year; pays $18,750 at 100%\n\npays on a curve of attainment `retained_arr / retention_target`\n\ncapped at `150% of target` = $28,125 per year',
    );
  }, 120_000);
});
