/**
 * The architecture as docs/architecture.md draws it: its table says which stages and packages each
 * folder of src/ may import, and which may touch files, processes or the network. This test reads
 * that table and every import of every source file (static and type imports, `export … from`,
 * side-effect imports, `import()` and `require()`, in either quote style, as TypeScript itself
 * reads them), so the document and the code cannot drift apart. Only lsp/ knows the protocol.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mts|js|mjs)$/.test(path) ? [path] : [];
  });
}

/** Every module a file imports, as written. */
export function importsOf(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  const found = info.importedFiles.map((f) => f.fileName);
  // preProcessFile sees require() only at the top level of a CommonJS file; look for it anywhere.
  for (const m of text.matchAll(/\brequire\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g)) if (!found.includes(m[2]!)) found.push(m[2]!);
  // An import whose module is computed cannot be checked: it is a violation of its own.
  for (const m of text.matchAll(/\bimport\s*\(\s*(?!['"]\S+['"]\s*\))([^)\s][^)]*)\)/g)) found.push(`<computed ${m[1]!.trim()}>`);
  return found;
}

interface Rule {
  readonly stages: ReadonlySet<string>;
  readonly packages: ReadonlySet<string>;
  readonly files: boolean;
}

/** The table of docs/architecture.md: folder → what it may import. */
function architecture(): Map<string, Rule> {
  const doc = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
  const header = doc.split('\n').find((l) => l.startsWith('| folder |'))!;
  const column = header.split('|').map((c) => c.trim()).indexOf('may import');
  const stages = new Set(readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory()));
  const rules = new Map<string, Rule>();
  for (const line of doc.split('\n')) {
    const m = /^\| `([a-z-]+)\/`/.exec(line);
    if (!m) continue;
    const cell = line.split('|')[column]!.trim();
    const words = cell === '(nothing)' ? [] : cell.split(',').map((w) => w.trim());
    rules.set(m[1]!, {
      stages: new Set(words.filter((w) => stages.has(w) || w === 'program')),
      packages: new Set(words.filter((w) => !stages.has(w) && w !== 'program' && w !== 'files')),
      files: words.includes('files'),
    });
  }
  return rules;
}

const FILE_IO = new Set(['fs', 'fs/promises', 'child_process', 'net', 'http', 'https', 'http2', 'dgram', 'tls', 'worker_threads', 'cluster', 'readline']);

/** What an import reaches: a stage of src/ (or the facade, `program`), a package, or a Node module. */
function target(from: string, spec: string): { stage: string } | { package: string } | { node: string } | { computed: string } {
  if (spec.startsWith('<computed')) return { computed: spec };
  if (spec.startsWith('.')) {
    const path = relative(src, resolve(dirname(from), spec));
    if (path.startsWith('..')) return { stage: `outside src: ${relative(root, resolve(dirname(from), spec))}` };
    const [first] = path.split(sep);
    return { stage: first === 'program.js' || first === 'index.js' ? 'program' : first! };
  }
  if (spec.startsWith('node:')) return { node: spec.slice(5) };
  const builtin = spec.split('/')[0]!;
  if (FILE_IO.has(spec) || ['path', 'url', 'util', 'os', 'crypto', 'events', 'stream', 'assert', 'buffer'].includes(builtin)) return { node: spec };
  return { package: spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : builtin };
}

describe('architecture', () => {
  const rules = architecture();

  it('docs/architecture.md has a rule for every folder of src/, and states runtime/ as the kernel', () => {
    const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory()).sort();
    expect([...rules.keys()].sort()).toEqual(folders);
    for (const [name, rule] of rules) if (name !== 'runtime' && name !== 'text') expect(rule.stages.has('runtime') || name === 'diagnostics').toBe(true);
    expect(rules.get('runtime')).toEqual({ stages: new Set(), packages: new Set(['decimal.js']), files: false });
  });

  it('every import of src/ is one its stage may make', () => {
    const offenders: string[] = [];
    for (const file of files(src)) {
      const stage = relative(src, file).split(sep)[0]!;
      if (stage === 'program.ts' || stage === 'index.ts') continue;
      const rule = rules.get(stage)!;
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const t = target(file, spec);
        const where = `${relative(root, file)} → ${spec}`;
        // Only a stage that may load files may load a module it computes (the CLI starts the server bundle).
        if ('computed' in t) {
          if (!rule.files) offenders.push(`${where} (a computed import)`);
        }
        else if ('stage' in t) {
          if (t.stage !== stage && !rule.stages.has(t.stage)) offenders.push(`${where} (${stage}/ may not import ${t.stage})`);
        } else if ('node' in t) {
          if (FILE_IO.has(t.node.split('/')[0]!) && !rule.files) offenders.push(`${where} (${stage}/ does no file, process or network I/O)`);
          if (stage === 'runtime') offenders.push(`${where} (runtime/ imports only its number library)`);
        } else if (!rule.packages.has(t.package)) offenders.push(`${where} (${stage}/ may not import the package ${t.package})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('sees every import form, in both quote styles', () => {
    const text = [
      `import a from './a.js';`,
      `import type { B } from "./b.js";`,
      `export { c } from './c.js';`,
      `export * from "./d.js";`,
      `import './e.js';`,
      `const f = await import("./f.js");`,
      `const g = require('./g.cjs');`,
      `const h = await import(name);`,
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js', './f.js', './g.cjs', '<computed name>'].sort());
  });

  it('nothing in src/ imports the language server protocol', () => {
    const offenders = files(src).filter((f) => importsOf(readFileSync(f, 'utf8')).some((i) => i.startsWith('vscode-languageserver')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('lsp/ uses src/ only through src/index.ts and src/ide/', () => {
    const reached = files(join(root, 'lsp')).flatMap((f) =>
      importsOf(readFileSync(f, 'utf8'))
        .filter((i) => i.startsWith('.'))
        .map((i) => relative(root, resolve(dirname(f), i)))
        .filter((p) => p.startsWith('src'))
        .filter((p) => p !== 'src/index.js' && !p.startsWith('src/ide/'))
        .map((p) => `${relative(root, f)} → ${p}`),
    );
    expect(reached).toEqual([]);
  });
});
