#!/usr/bin/env node
/**
 * How long the language server takes, after an edit in a 2,000-line plan, to publish diagnostics:
 * the time from sending `didChange` to receiving `publishDiagnostics` for that version, minus the
 * debounce (the server waits for typing to pause before it checks). The target is 50 ms.
 *
 * Runs the built server (dist/lsp.mjs; built first when missing) over stdio, as an editor would.
 * Edits alternate between keeping the plan valid (a cap changes, so the plan's tests run again)
 * and breaking or fixing a name (an error: the tests are not run). Three rows: one edit at a time
 * with the server's default (the check runs in a worker thread from the moment of the change, so
 * it overlaps the debounce); a typing burst (four keystrokes 40 ms apart before the measured one);
 * and one edit with the worker off, which shows what the check itself costs on this machine.
 *
 * Usage: node bench/lsp-incremental.mjs [--edits 40] [--debounce 150]
 * BENCH_NODE_FLAGS="--max-semi-space-size=32" passes flags to the server's node.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const EDITS = arg('--edits', 40);
const DEBOUNCE = arg('--debounce', 150);
const WARMUP = 5;
const TARGET_MS = 50;

/** A quarterly plan of about 2,000 lines: inputs, definitions, 120 weighted components, a test. */
export function generatePlan(components = 120) {
  const lines = ['// A generated plan for the language server benchmark.', 'plan "Generated" {', '  currency USD', '  period quarter', '  ote $1,200,000', '  mix 50% base / 50% variable', ''];
  lines.push('  record Deal { amount: Money, kind: new | renewal | expansion, credit: Percent = 100% }', '  input deals: list of Deal', '');
  for (let i = 0; i < components; i++) lines.push(`  input measure_${i}: Money must be non-negative`, `  input quota_${i}: Money must be positive`);
  lines.push('');
  for (let i = 0; i < components; i++) {
    lines.push(`  let booked_${i} = sum(d.amount * d.credit for d in deals where d.kind != renewal) + measure_${i}`, `  let att_${i} = booked_${i} / quota_${i}`);
  }
  const weight = (i) => (i < components - 1 ? '0.8%' : `${(100 - 0.8 * (components - 1)).toFixed(1)}%`);
  for (let i = 0; i < components; i++) {
    lines.push(
      '',
      `  // Component ${i}: pays on attainment ${i}.`,
      `  component C${i} weight ${weight(i)} {`,
      `    attainment att_${i}`,
      `    gate booked_${i} >= $0`,
      '    payout curve {',
      '      below 50%            -> 0%',
      '      from 50% below 100%  -> linear 25% to 100%',
      '      from 100%            -> slope 1.5',
      '    }',
      '    cap 200% of target',
      '  }',
    );
  }
  lines.push('}', '');
  const given = Array.from({ length: components }, (_, i) => `measure_${i}: $100, quota_${i}: $100`).join(', ');
  lines.push('test "every component at 100%" {', `  given { deals: [], ${given} }`, '  expect C0 = $1,200', '}');
  return lines.join('\n') + '\n';
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** One server session: opens the plan, makes the edits, returns the latencies by kind of edit. */
async function session({ worker, burst }) {
  const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeFlags, join(root, 'dist', 'lsp.mjs'), '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const resolve = waiting.get(p.version);
    if (resolve) {
      waiting.delete(p.version);
      resolve({ at: performance.now(), count: p.diagnostics.length });
    }
  });
  connection.onNotification('window/logMessage', () => {});
  connection.onRequest('workspace/codeLens/refresh', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: DEBOUNCE, worker } });
  await connection.sendNotification('initialized', {});

  const text = generatePlan();
  const uri = pathToFileURL(join(root, '.cache', 'bench-generated.payplan')).href;
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  let version = 1;
  const opened = published(version);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'payplan', version, text } });
  const first = await opened;
  if (first.count !== 0) throw new Error(`the generated plan has ${first.count} diagnostics`);

  const lines = text.split('\n');
  const capLines = lines.flatMap((l, i) => (l.trim() === 'cap 200% of target' ? [i] : []));
  const gateLines = lines.flatMap((l, i) => (/^ {4}gate booked_\d+ >= \$0$/.test(l) ? [i] : []));
  const results = { valid: [], error: [] };
  const current = new Map();
  /** A change that keeps the plan valid (a cap moves between 200% and 201%). */
  const validChange = (n) => {
    const line = capLines[(n * 7) % capLines.length];
    const after = (current.get(line) ?? '200%') === '200%' ? '201%' : '200%';
    current.set(line, after);
    return { range: { start: { line, character: 8 }, end: { line, character: 12 } }, text: after };
  };
  /** A change that breaks a name (`booked_N` → `bookedx_N`), or mends the one it broke. */
  const errorChange = (n) => {
    const line = gateLines[(n * 11) % gateLines.length];
    const broken = current.get(`gate${line}`) === true;
    current.set(`gate${line}`, !broken);
    const at = lines[line].indexOf('booked_') + 'booked'.length;
    return broken ? { range: { start: { line, character: at }, end: { line, character: at + 1 } }, text: '' } : { range: { start: { line, character: at }, end: { line, character: at } }, text: 'x' };
  };
  for (let n = 0; n < EDITS + WARMUP; n++) {
    const kind = n % 2 === 0 ? 'valid' : 'error';
    // A burst is typing: four keystrokes 40 ms apart that keep the plan valid, then the measured one.
    if (burst) {
      for (let k = 0; k < 4; k++) {
        version++;
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [validChange(n * 5 + k)] });
        await new Promise((r) => setTimeout(r, 40));
      }
    }
    version++;
    const change = kind === 'valid' ? validChange(n * 5 + 4) : errorChange(n);
    const arrived = published(version);
    const start = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const { at } = await arrived;
    if (n >= WARMUP) results[kind].push(at - start - DEBOUNCE);
  }
  await connection.sendRequest('shutdown', null);
  await connection.sendNotification('exit', null);
  connection.dispose();
  return { lines: text.split('\n').length, results };
}

async function main() {
  if (!existsSync(join(root, 'dist', 'lsp.mjs'))) {
    const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(1);
  }
  const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(9);
  const rows = [];
  let lineCount = 0;
  for (const [label, options] of [
    ['one edit, checked in the worker (default)', { worker: true, burst: false }],
    ['typing burst, checked in the worker', { worker: true, burst: true }],
    ['one edit, checked on the main thread', { worker: false, burst: false }],
  ]) {
    const { lines, results } = await session(options);
    lineCount = lines;
    const all = [...results.valid, ...results.error];
    rows.push({ label, all, valid: results.valid, error: results.error });
  }
  console.log(`lsp-incremental: ${lineCount}-line plan, ${EDITS} measured edits per row (after ${WARMUP} warm-up), debounce ${DEBOUNCE} ms subtracted`);
  console.log(`  ${'scenario'.padEnd(44)}   median       p90       max   valid edit  error edit`);
  for (const r of rows) {
    console.log(`  ${r.label.padEnd(44)} ${fmt(median(r.all))} ${fmt(percentile(r.all, 90))} ${fmt(Math.max(...r.all))} ${fmt(median(r.valid))}  ${fmt(median(r.error))}`);
  }
  const headline = median(rows[0].all);
  console.log(`  target: diagnostics within ${TARGET_MS} ms of the debounce: median ${headline.toFixed(1)} ms, ${headline <= TARGET_MS ? 'met' : 'missed'}`);
  console.log('  (the main-thread row is the cost of the check itself: what the worker overlaps with the debounce)');
}

await main();
