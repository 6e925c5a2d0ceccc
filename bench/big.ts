/**
 * Large-plan benchmark (issue 10): wall-clock time of single `payplan check` runs on generated
 * plans, each next to a baseline ten times smaller measured in the same run, to show that the time
 * grows linearly with the plan (a ratio near 1 or below; a quadratic step shows as ~10).
 *
 *   curve      one payout curve of 10,000 bands    vs 1,000 bands x 10
 *   lines      a plan of ~100,000 lines            vs ~10,000 lines x 10
 *
 * Target: a curve of 10,000 bands checks in under a second. (Process start-up, ~0.2 s, is in
 * every figure, so the small baselines flatter the ratio a little.)
 *
 * Usage: npm run bench:big [-- --runs 3] [-- --no-build] [-- --also-test-fmt]
 * Builds dist/ first unless --no-build is given; each figure is the median of --runs runs (3).
 * With --also-test-fmt it times `payplan test` and `payplan fmt --check` on the large plan too.
 * Prints figures only; it does not fail on a slow machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { curvePlan, largePlan } from './big-plans.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;

if (!process.argv.includes('--no-build')) {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const dir = mkdtempSync(join(tmpdir(), 'payplan-big-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const plans = {
  curve1k: write('curve-1000.payplan', curvePlan(1_000)),
  curve10k: write('curve-10000.payplan', curvePlan(10_000)),
  lines10k: write('lines-10000.payplan', largePlan(10_000)),
  lines100k: write('lines-100000.payplan', largePlan(100_000)),
};

/** Median wall-clock seconds of `payplan <args>`; fails loudly if the command does. */
function time(args: string[], okStatus = 0): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [join(root, 'dist/payplan.mjs'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    samples.push((performance.now() - start) / 1000);
    if (result.status !== okStatus) {
      console.error(`payplan ${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`);
      process.exit(1);
    }
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const s = (t: number) => `${t.toFixed(2)} s`;
function row(label: string, big: number, small: number): void {
  console.log(`${label.padEnd(34)} ${s(big).padStart(9)}   baseline x10 ${s(small * 10).padStart(9)}   ratio ${(big / (small * 10)).toFixed(2)}`);
}

try {
  console.log(`payplan check, median of ${runs} run(s) each (wall clock, including process start-up)`);
  console.log('target: a curve of 10,000 bands checks in under a second\n');
  const c1 = time(['check', plans.curve1k]);
  const c10 = time(['check', plans.curve10k]);
  row('check, curve of 10,000 bands', c10, c1);
  const l10 = time(['check', plans.lines10k]);
  const l100 = time(['check', plans.lines100k]);
  row('check, plan of ~100,000 lines', l100, l10);
  if (process.argv.includes('--also-test-fmt')) {
    row('test, plan of ~100,000 lines', time(['test', plans.lines100k]), time(['test', plans.lines10k]));
    row('fmt --check, plan of ~100,000 lines', time(['fmt', '--check', plans.lines100k]), time(['fmt', '--check', plans.lines10k]));
  }
  console.log(`\n10,000 bands: ${s(c10)} ${c10 < 1 ? 'meets' : 'misses'} the target (under 1 s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
