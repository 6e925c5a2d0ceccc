/**
 * Only lsp/ knows the protocol: nothing in src/ imports vscode-languageserver*, and lsp/ reaches
 * into src/ only through its public API (src/index.ts) and the editor features (src/ide/), as
 * the architecture guide (§1) has it: `lsp` → `src/index.ts` and `src/ide`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

describe('layering', () => {
  it('nothing in src/ imports the language server protocol', () => {
    const offenders = files(join(root, 'src')).filter((f) => imports(f).some((i) => i.startsWith('vscode-languageserver')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('lsp/ uses src/ only through src/index.ts and src/ide/', () => {
    const reached = files(join(root, 'lsp')).flatMap((f) =>
      imports(f)
        .filter((i) => i.startsWith('.'))
        .map((i) => relative(root, resolve(dirname(f), i)))
        .filter((p) => p.startsWith('src'))
        .filter((p) => p !== 'src/index.js' && !p.startsWith('src/ide/'))
        .map((p) => `${relative(root, f)} → ${p}`),
    );
    expect(reached).toEqual([]);
  });
});
