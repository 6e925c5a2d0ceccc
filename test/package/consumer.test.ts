/**
 * The package as a user installs it: `npm pack` of the project, unpacked into a consumer project's
 * node_modules (its dependencies linked from ours, as `npm install` would put them), then
 * type-checked with tsc under `moduleResolution` node16 and bundler, imported at run time, and its
 * `payplan` executable run. Nothing here reads src/: the consumer sees only what the tarball holds.
 * (`prepare`, which a fresh clone's `npm install` runs, is the build used here: scripts/build.mjs.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
let work: string;
let consumer: string;
let installed: string;
let tarballFiles: string[];

/** Every file under dir with its size and modification time, to see that a run wrote nothing there. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      const s = statSync(path);
      return `${path} ${s.size} ${s.mtimeMs}`;
    })
    .sort();
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'payplan-package-'));
  // The project as `npm pack` sees it, built into a copy so that a test building dist/ at the same
  // time cannot race this one: package.json (and so its `files`), the documents, and a fresh dist/
  // from the build `prepare` runs.
  const project = join(work, 'project');
  for (const entry of ['package.json', 'README.md', 'LICENSE', 'docs']) cpSync(join(root, entry), join(project, entry), { recursive: true });
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  expect(pkg.scripts.prepare).toBe('node scripts/build.mjs');
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', join(project, 'dist')], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`scripts/build.mjs failed:\n${built.stdout}${built.stderr}`);
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: project, encoding: 'utf8' }),
  ) as { filename: string; files: { path: string }[] }[];
  tarballFiles = packed[0]!.files.map((f) => f.path);
  consumer = join(work, 'consumer');
  installed = join(consumer, 'node_modules', 'payplan');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, packed[0]!.filename), '-C', installed, '--strip-components=1']);
  // What npm installs next to payplan: its dependencies, its peer prettier, and the consumer's own @types/node.
  for (const dep of ['decimal.js', 'prettier', '@types/node']) {
    mkdirSync(join(consumer, 'node_modules', dep, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), join(consumer, 'node_modules', dep), 'dir');
  }
  writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  writeFileSync(
    join(consumer, 'index.ts'),
    `import { check, compile, emit, Program, PayoutError, catalog, renderDiagnostics, type Diagnostic, type Statement } from 'payplan';
import plugin from 'payplan/prettier';
import * as prettier from 'prettier';

const plan = 'plan "Fee" {\\n  currency USD\\n  period year\\n  input revenue: Money\\n  component Fee {\\n    commission on revenue at 2%\\n  }\\n}\\n';
const diagnostics: readonly Diagnostic[] = check(plan);
const result = compile(plan, { uri: 'fee.payplan' });
const modules = emit(plan).modules;
const program = new Program('fee.payplan', plan);
const codes: string[] = diagnostics.map((d) => d.code);
const statement: Statement | undefined = undefined;
// @ts-expect-error: a Diagnostic's code is a catalog code, not any string; an untyped package would accept this.
const wrong: Diagnostic = { code: 'nope', severity: 'error', span: { start: 0, end: 0 }, message: '' };
export const summary = {
  codes,
  plans: result.plans.length,
  modules: modules.length,
  errors: program.hasErrors,
  rules: Object.keys(catalog).length,
  text: renderDiagnostics(program.file, diagnostics),
  isError: (e: unknown) => e instanceof PayoutError,
  statement,
  wrong,
};
export const formatted = prettier.format('plan "Fee" { currency USD }', { parser: 'payplan', plugins: [plugin] });
`,
  );
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('ships the built files, their declarations and the license, not the sources', () => {
    expect(tarballFiles).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/payplan.mjs', 'dist/payplan.cjs', 'dist/index.mjs', 'dist/prettier.mjs', 'dist/types/index.d.ts', 'dist/types/format/index.d.ts']));
    expect(tarballFiles.filter((f) => f.startsWith('src/') || f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(pkg.exports['.'].types).toBe('./dist/types/index.d.ts');
    expect(pkg.exports['./prettier'].types).toBe('./dist/types/format/index.d.ts');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(pkg.license).toBe('MIT');
    // chevrotain is bundled into dist/, so installing it would be dead weight; prettier is the user's.
    expect(Object.keys(pkg.dependencies)).toEqual(['decimal.js']);
    expect(pkg.peerDependencies).toEqual({ prettier: expect.stringMatching(/^\^3\./) });
    const types = readdirSync(join(installed, 'dist', 'types'), { recursive: true }).map(String);
    for (const file of types.filter((f) => f.endsWith('.d.ts'))) expect(readFileSync(join(installed, 'dist', 'types', file), 'utf8')).not.toMatch(/['"]chevrotain['"]/);
  });

  for (const [moduleResolution, module] of [
    ['node16', 'node16'],
    ['bundler', 'esnext'],
  ] as const) {
    it(`type-checks in a consumer under target es2019, moduleResolution ${moduleResolution}`, () => {
      const config = `tsconfig.${moduleResolution}.json`;
      writeFileSync(
        join(consumer, config),
        JSON.stringify({
          compilerOptions: { target: 'es2019', lib: ['es2019'], module, moduleResolution, strict: true, skipLibCheck: false, noEmit: true, types: ['node'] },
          files: ['index.ts'],
        }),
      );
      const r = spawnSync(process.execPath, [tsc, '-p', config, '--listFiles'], { cwd: consumer, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout.split('\n').filter((line) => /error TS/.test(line))).toEqual([]);
      expect(r.status).toBe(0);
      // The declarations come from the package's dist/, never from sources.
      const listed = r.stdout.split('\n');
      expect(listed).toContain(join(installed, 'dist', 'types', 'index.d.ts'));
      expect(listed.filter((f) => f.includes('/payplan/') && !f.includes('/payplan/dist/types/'))).toEqual([]);
    }, 120_000);
  }

  it('imports and runs from the installed package, library and prettier plugin', () => {
    writeFileSync(
      join(consumer, 'run.mjs'),
      `import { compile } from 'payplan';
import plugin from 'payplan/prettier';
import * as prettier from 'prettier';
const result = compile('plan "Fee" {\\n  currency USD\\n  period year\\n  input revenue: Money\\n  component Fee {\\n    commission on revenue at 2%\\n  }\\n}\\n');
const formatted = await prettier.format('plan "Fee" {\\ncurrency   USD\\n}\\n', { parser: 'payplan', plugins: [plugin] });
console.log(JSON.stringify({ diagnostics: result.diagnostics.length, plans: result.plans.length, formatted }));
`,
    );
    const r = spawnSync(process.execPath, ['run.mjs'], { cwd: consumer, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ diagnostics: 0, plans: 1, formatted: 'plan "Fee" {\n  currency USD\n}\n' });
  });

  it('the installed payplan executable writes nothing into node_modules; its code cache goes to the user cache directory', () => {
    writeFileSync(join(consumer, 'fee.payplan'), 'plan "Fee" {\n  currency USD\n  period year\n  input revenue: Money\n  component Fee {\n    commission on revenue at 2%\n  }\n}\n');
    const cacheHome = join(work, 'xdg-cache');
    const before = snapshot(join(consumer, 'node_modules', 'payplan'));
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome, PAYPLAN_CACHE_DIR: '' };
    for (let i = 0; i < 2; i++) {
      const r = spawnSync(process.execPath, [join(installed, 'dist', 'payplan.mjs'), 'check', 'fee.payplan'], { cwd: consumer, encoding: 'utf8', env });
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' });
    }
    expect(snapshot(join(consumer, 'node_modules', 'payplan'))).toEqual(before);
    expect(readdirSync(join(cacheHome, 'payplan')).filter((f) => f.endsWith('.v8cache'))).toHaveLength(1);
  }, 60_000);
});
