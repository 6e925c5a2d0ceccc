/**
 * Grammar scope tests. test/grammar/cases/*.payplan are `vscode-tmgrammar-test` files: each `^`
 * line under a line of plan pins the scopes of the characters it points at. Every bundled example
 * is also coloured completely: no character other than white space is left unscoped.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GRAMMAR_PATH, tokenize } from './tokenize.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

describe('grammar scope tests (vscode-tmgrammar-test)', () => {
  it('test/grammar/cases pass', () => {
    const cli = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');
    const output = execFileSync(process.execPath, [cli, '--compact', '-g', GRAMMAR_PATH, 'test/grammar/cases/*.payplan'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output).toMatch(/representative\.payplan run successfuly/);
  });
});

describe('every example is coloured', () => {
  const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.payplan'));

  it.each(examples)('%s has no unscoped text', async (file) => {
    const tokens = await tokenize(readFileSync(join(root, 'examples', file), 'utf8'));
    const bare = tokens.filter((t) => t.scopes.length === 1 && t.text.trim() !== '').map((t) => `${t.line + 1}: ${t.text}`);
    expect(bare).toEqual([]);
  });

  it('distinguishes the token classes of the language', async () => {
    const text = readFileSync(join(root, 'examples', 'ae-fy2026-marginal.payplan'), 'utf8');
    const classes = new Set((await tokenize(text)).map((t) => t.scopes.at(-1)!.split('.').slice(0, 2).join('.')));
    for (const c of ['comment.line', 'string.quoted', 'storage.type', 'keyword.other', 'keyword.control', 'constant.numeric', 'entity.name', 'support.type', 'support.function', 'variable.other', 'keyword.operator', 'punctuation.section']) {
      expect(classes, c).toContain(c);
    }
  });
});
