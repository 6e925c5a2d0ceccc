#!/usr/bin/env node
/**
 * Builds payplan with esbuild:
 *
 *   dist/index.mjs    the library API (src/index.ts), ESM.
 *   dist/prettier.mjs the prettier plugin (src/format/index.ts), with prettier itself external.
 *   dist/payplan.cjs  the CLI (src/cli/main.ts) in one minified file, chevrotain and decimal.js
 *                     inside; prettier stays external and is required only when `fmt` runs.
 *   dist/payplan.mjs  the `payplan` executable: a small launcher that compiles payplan.cjs with a
 *                     V8 code cache and runs main().
 *   dist/types/       the declarations of the two library entries (package.json `exports` `types`),
 *                     from `tsc -p tsconfig.build.json`, pruned to the files the entries reach. They
 *                     may name decimal.js (a dependency) and prettier (a peer), never chevrotain,
 *                     which is bundled and is only a devDependency; the build fails if one does.
 *
 * Why a launcher: a cold `payplan check` is dominated by compiling the bundle and building the
 * chevrotain lexer and parser. Node 20 has no module compile cache, so the launcher keeps one
 * itself (as v8-compile-cache does): the bytecode V8 produced on a run that checked a plan is saved
 * in the user's cache directory ($PAYPLAN_CACHE_DIR, else $XDG_CACHE_HOME/payplan, else
 * ~/.cache/payplan, ~/Library/Caches/payplan or %LOCALAPPDATA%\payplan\Cache; the temp directory when
 * none can be written), never next to the bundle, which an install puts in node_modules. It is keyed
 * by the bundle's content hash and the Node version, and handed back to V8 on the next start. V8 rejects a cache
 * it cannot use, and the launcher then writes a fresh one; PAYPLAN_CODE_CACHE=0 turns it off.
 *
 * The CLI bundle also skips chevrotain's grammar and token validations (its `skipValidations`
 * default is flipped). They check the grammar itself, not the user's plan, and cost ~40% of start
 * up; the test suite runs from source, where they stay on, so a broken grammar still fails there.
 *
 * Usage: node scripts/build.mjs [--outdir dist] [--no-types]
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--outdir');
const outdir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Above this many bytes of named files, the launcher keeps V8's optimizing compiler on. */
const LARGE_INPUT_BYTES = 100_000;

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['prettier', 'prettier/*'],
  define: { __PAYPLAN_VERSION__: JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
};

/** Flips chevrotain's `skipValidations` defaults (lexer and parser) in the CLI bundle only. */
const skipChevrotainValidations = {
  name: 'skip-chevrotain-validations',
  setup(b) {
    const files = /chevrotain[\\/]lib[\\/]src[\\/](scan[\\/]lexer_public|parse[\\/]parser[\\/]parser)\.js$/;
    b.onLoad({ filter: files }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      const patched = text.replace('skipValidations: false,', 'skipValidations: true,');
      if (patched === text) throw new Error(`chevrotain changed: no \`skipValidations: false\` default in ${path}`);
      return { contents: patched, loader: 'js' };
    });
  },
};

mkdirSync(outdir, { recursive: true });
// Where earlier launchers kept their code cache, inside the package.
rmSync(join(outdir, '.cache'), { recursive: true, force: true });
await Promise.all([
  build({ ...common, format: 'esm', entryPoints: ['src/index.ts'], outfile: join(outdir, 'index.mjs') }),
  // The prettier plugin, for a user's own prettier setup: `plugins: ["payplan/prettier"]`.
  build({ ...common, format: 'esm', entryPoints: ['src/format/index.ts'], outfile: join(outdir, 'prettier.mjs') }),
  build({
    ...common,
    format: 'cjs',
    entryPoints: ['src/cli/main.ts'],
    outfile: join(outdir, 'payplan.cjs'),
    // version.ts reads package.json through import.meta.url only when __PAYPLAN_VERSION__ is unset.
    define: { ...common.define, 'import.meta.url': 'undefined' },
    minify: true,
    plugins: [skipChevrotainValidations],
  }),
  // The language server (lsp/main.ts), loaded only by `payplan lsp` or run as `node dist/lsp.mjs --stdio`.
  build({ ...common, format: 'esm', entryPoints: ['lsp/main.ts'], outfile: join(outdir, 'lsp.mjs'), plugins: [skipChevrotainValidations], banner: { js: "import { createRequire as __lspRequire } from 'node:module'; const require = __lspRequire(import.meta.url);" } }),
]);

if (!process.argv.includes('--no-types')) buildTypes(join(outdir, 'types'));

const bundleHash = createHash('sha256').update(readFileSync(join(outdir, 'payplan.cjs'))).digest('hex').slice(0, 16);
const launcher = join(outdir, 'payplan.mjs');
writeFileSync(launcher, launcherSource(bundleHash));
chmodSync(launcher, 0o755);

/** dist/types: tsc's declarations of src/index.ts and src/format/index.ts, and nothing they do not reach. */
function buildTypes(typesDir) {
  rmSync(typesDir, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const emitted = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', typesDir], { cwd: root, encoding: 'utf8' });
  if (emitted.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed:\n${emitted.stdout}${emitted.stderr}`);
  // tsc does not copy hand-written or generated .d.ts files (src/syntax/cst.generated.d.ts).
  for (const file of walk(join(root, 'src'))) {
    if (file.endsWith('.d.ts')) {
      const to = join(typesDir, relative(join(root, 'src'), file));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(file, to);
    }
  }
  // Keep what the two entries reach through import/export specifiers and import("…") types.
  const reached = new Set();
  const external = new Set();
  const visit = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
      if (!spec.startsWith('.')) {
        external.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        continue;
      }
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.d.ts'));
      if (!existsSync(target)) throw new Error(`${relative(root, file)} names ${spec}, which dist/types does not have`);
      visit(target);
    }
  };
  visit(join(typesDir, 'index.d.ts'));
  visit(join(typesDir, 'format', 'index.d.ts'));
  for (const file of walk(typesDir)) if (!reached.has(file)) rmSync(file);
  removeEmptyDirectories(typesDir);
  const allowed = new Set(['decimal.js', 'prettier']);
  const stray = [...external].filter((name) => !allowed.has(name) && !name.startsWith('node:'));
  if (stray.length > 0) throw new Error(`dist/types names ${stray.join(', ')}: a consumer would need it installed; keep it out of the public types`);
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

function removeEmptyDirectories(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    removeEmptyDirectories(path);
    if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
  }
}

function launcherSource(hash) {
  return `#!/usr/bin/env node
// The payplan executable, written by scripts/build.mjs: compiles payplan.cjs with a V8 code cache
// and runs its main(). See scripts/build.mjs for why.
// Built-ins are required, not imported: an ESM import of node:fs builds a facade over all its
// exports, which loads the stream modules and costs more than the rest of this file.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } = require('node:fs');
const { homedir, tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const argv = process.argv.slice(2);
// Short commands are over before an optimizing compile pays for itself, and on a busy machine the
// compiler threads compete with the command: stop at the baseline tier. \`run\` may pay many
// payees, so it keeps the optimizing compiler, and so does any command given a large file (a
// plan of thousands of lines runs 2-3 times slower at the baseline tier): a stat per argument.
const largeInput = () => {
  let bytes = 0;
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    try {
      bytes += statSync(arg).size;
    } catch {}
  }
  return bytes > ${LARGE_INPUT_BYTES};
};
const tier = argv[0] === 'run' || largeInput() ? 'opt' : 'baseline';
if (tier === 'baseline') require('node:v8').setFlagsFromString('--max-opt=1');

const bundle = require.resolve('./payplan.cjs');
// V8 rejects a cache made under other flags, so each tier keeps its own.
const name = 'payplan-${hash}-' + tier + '-' + process.version + '-' + process.arch + '.v8cache';
// The cache lives in the user's cache directory, never next to the bundle: an install puts the
// bundle in node_modules, which is not ours to write to at run time.
const places = [userCacheDir(), join(tmpdir(), 'payplan-v8cache')].filter((dir) => dir !== null).map((dir) => join(dir, name));
const useCache = process.env.PAYPLAN_CODE_CACHE !== '0';
let cachedData;
if (useCache) {
  for (const place of places) {
    try {
      cachedData = readFileSync(place);
      break;
    } catch {}
  }
}
const wrapped = '(function (exports, require, module, __filename, __dirname) {' + readFileSync(bundle, 'utf8') + '\\n})';
let script;
const module = { exports: {} };
try {
  script = new Script(wrapped, { filename: bundle, cachedData });
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
} catch (error) {
  // A broken install is a bug in payplan, not the caller's mistake: PP9001, exit 3.
  process.stderr.write('payplan: error PP9001: payplan hit an internal error: ' + (error && error.stack || error) + '\\nplease report this with the plan file\\n');
  process.exit(3);
}

// Errors that escape main() are PP9001 (exit 3); a stdout that cannot be written is exit 2.
module.exports.guardProcess();
process.exitCode = await module.exports.main(argv);

// Save the bytecode after a run that compiled a plan, so the cache covers the whole pipeline.
const compiled = ['check', 'test', 'run', 'explain', 'build'].includes(argv[0]);
if (useCache && compiled && (cachedData === undefined || script.cachedDataRejected)) {
  const data = script.createCachedData();
  for (const place of places) {
    try {
      mkdirSync(dirname(place), { recursive: true });
      const temporary = place + '.' + process.pid;
      writeFileSync(temporary, data);
      renameSync(temporary, place);
      // Caches of other builds of payplan: another project may still use one, so only those
      // untouched for a week go.
      const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
      for (const old of readdirSync(dirname(place))) {
        const path = join(dirname(place), old);
        if (old.startsWith('payplan-') && old.endsWith('.v8cache') && !old.startsWith('payplan-${hash}-') && statSync(path).mtimeMs < weekAgo) unlinkSync(path);
      }
      break;
    } catch {}
  }
}

/** $PAYPLAN_CACHE_DIR, else the platform's per-user cache directory; null when there is none. */
function userCacheDir() {
  const env = process.env;
  if (env.PAYPLAN_CACHE_DIR) return env.PAYPLAN_CACHE_DIR;
  try {
    if (process.platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'payplan', 'Cache') : null;
    if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'payplan');
    return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'payplan');
  } catch {
    return null;
  }
}
`;
}
