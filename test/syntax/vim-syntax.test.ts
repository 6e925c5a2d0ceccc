/**
 * editors/vim: the Vim syntax file knows every keyword of the lexer, and (when nvim is installed)
 * highlights comments, strings, money, percentages and keywords as such in a real headless Neovim.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vimFile = readFileSync(join(root, 'editors/vim/syntax/payplan.vim'), 'utf8');
const tokens = readFileSync(join(root, 'src/syntax/tokens.ts'), 'utf8');
const keywords = [...tokens.matchAll(/\bkeyword\('([^']+)'/g)].map((m) => m[1]!);

describe('editors/vim/syntax/payplan.vim', () => {
  it('has every keyword of src/syntax/tokens.ts', () => {
    expect(keywords.length).toBeGreaterThan(60);
    const code = vimFile.split('\n').filter((l) => !l.trimStart().startsWith('"')).join('\n');
    const missing = keywords.filter((k) => !new RegExp(`(^|[^\\w-])${k.replace(/-/g, '\\-')}([^\\w-]|$)`).test(code));
    expect(missing).toEqual([]);
  });

  it('ftdetect sets the payplan filetype for *.payplan', () => {
    expect(readFileSync(join(root, 'editors/vim/ftdetect/payplan.vim'), 'utf8')).toContain('autocmd BufRead,BufNewFile *.payplan setfiletype payplan');
  });

  const hasNvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasNvim)('highlights a plan in headless Neovim', () => {
    const dir = mkdtempSync(join(tmpdir(), 'payplan-vim-'));
    try {
      const text = ['// paid quarterly', 'plan "AE" {', '  input quota: money must be non-negative', '  let x = 5% of $1,000.50', '}', ''].join('\n');
      const file = join(dir, 'a.payplan');
      writeFileSync(file, text);
      const lines = text.split('\n');
      const at = (word: string) => {
        const line = lines.findIndex((l) => l.includes(word));
        return [line + 1, lines[line]!.indexOf(word) + 1];
      };
      const probes = { comment: at('paid'), plan: at('plan'), string: at('"AE"'), must: at('must'), hyphen: at('non-negative'), percent: at('5%'), money: at('$1,000'), of: at('of $') };
      const lua = join(dir, 'probe.lua');
      writeFileSync(
        lua,
        `local out = {}\nfor name, p in pairs(vim.fn.json_decode(os.getenv('PROBES'))) do\n  out[name] = vim.fn.synIDattr(vim.fn.synID(p[1], p[2], 1), 'name')\nend\nio.stdout:write(vim.fn.json_encode(out))\nvim.cmd('qa!')\n`,
      );
      const r = spawnSync(
        'timeout',
        ['30', 'nvim', '--headless', '-n', '-i', 'NONE', '-u', 'NONE', '--cmd', `set rtp^=${join(root, 'editors/vim')}`, '-c', 'filetype on', '-c', 'syntax on', '-c', `edit ${file}`, '-c', `luafile ${lua}`],
        { encoding: 'utf8', env: { ...process.env, PROBES: JSON.stringify(probes), XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir } },
      );
      expect(JSON.parse(r.stdout)).toEqual({
        comment: 'payplanComment', plan: 'payplanStructure', string: 'payplanString', must: 'payplanKeyword', hyphen: 'payplanKeyword',
        percent: 'payplanPercent', money: 'payplanMoney', of: 'payplanOperator',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
