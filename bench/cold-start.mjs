#!/usr/bin/env node
/**
 * Cold-start benchmark for the bundled CLI. Measures, in the same run and interleaved so that
 * machine noise hits both alike:
 *   baseline  node -e 0
 *   payplan   node dist/payplan.mjs check examples/csm-fy2026.payplan
 * and prints the median of each and their ratio. Exits 1 when the ratio is over the target (2.5).
 *
 * Usage: node bench/cold-start.mjs [--runs 40] [--target 2.5] [--no-build] [--no-code-cache]
 * Builds dist/ first (scripts/build.mjs) unless --no-build is given. The launcher's V8 code cache is
 * written by the warm-up runs (a fresh process still starts cold; only the compiled bytecode is
 * reused, as Node 22's module compile cache would); --no-code-cache measures without it.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('--runs', 40);
const target = arg('--target', 2.5);

if (!process.argv.includes('--no-build')) {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const commands = {
  baseline: ['-e', '0'],
  payplan: [join(root, 'dist/payplan.mjs'), 'check', join(root, 'examples/csm-fy2026.payplan')],
};

const env = process.argv.includes('--no-code-cache') ? { ...process.env, PAYPLAN_CODE_CACHE: '0' } : process.env;

function time(args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`\`node ${args.join(' ')}\` exited with ${result.status}: ${result.stderr}`);
  }
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// Warm the file-system cache; these runs are not counted.
for (const args of Object.values(commands)) for (let i = 0; i < 3; i++) time(args);

const samples = { baseline: [], payplan: [] };
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(commands)) samples[name].push(time(args));
}

const base = median(samples.baseline);
const cli = median(samples.payplan);
const ratio = cli / base;
console.log(`node -e 0                                      median ${base.toFixed(1)} ms  (${runs} runs)`);
console.log(`node dist/payplan.mjs check csm-fy2026.payplan  median ${cli.toFixed(1)} ms  (${runs} runs)`);
console.log(`ratio ${ratio.toFixed(2)} (target <= ${target}): ${ratio <= target ? 'pass' : 'FAIL'}`);
process.exitCode = ratio <= target ? 0 : 1;
