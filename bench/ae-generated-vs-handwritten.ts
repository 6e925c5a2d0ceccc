/**
 * Generated code vs. careful hand-written code, on the AE marginal plan
 * (examples/ae-fy2026-marginal.payplan): N payees × 4 quarters × 20 deals a quarter.
 *
 * The hand-written version is what an engineer would write for this one plan with decimal.js and
 * the runtime's formatting and statement helpers: its own strict reading of the data, the bookings
 * loop, the two marginal tiers and the kicker inline. It must produce the very same Statement as
 * the generated module (every line, amount and explanation step); that is checked for every payee
 * before anything is timed. Both are then timed in the same process, interleaved, after a warm-up;
 * the median of several rounds gives each one's throughput and the ratio generated / hand-written
 * (target ≥ 0.95).
 *
 * Usage: npx tsx bench/ae-generated-vs-handwritten.ts [--payees 1000] [--rounds 15] [--fuzz 500] [--target 0.95]
 * Profiling one side: node --import tsx --cpu-prof bench/ae-generated-vs-handwritten.ts --only generated
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { emitModule } from '../src/compile/emit-module.js';
import { evaluate } from '../src/compile/interpret.js';
import { RUNTIME_BODY, RUNTIME_IMPORT } from '../src/compile/runtime-source.generated.js';
import { inputSpecs } from '../src/compile/shape.js';
import { Program } from '../src/program.js';
import fc from 'fast-check';
import { payeeDataArb } from '../test/properties/payee-arbitraries.js';
import type { Dec, ExplainStep, PayeeData, RoundedLine, Statement } from '../src/runtime/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));

// Both sides use the runtime as it ships in a generated module (src/runtime bundled, one decimal.js
// clone), so neither pays for the other's copy of decimal.js code paths.
mkdirSync(`${root}.cache/bench`, { recursive: true });
const runtimePath = `${root}.cache/bench/payplan-runtime.mjs`;
writeFileSync(runtimePath, `${RUNTIME_IMPORT}\nexport const runtime = payplanRuntime();\nfunction payplanRuntime() {\n${RUNTIME_BODY}}\n`);
const runtime = ((await import(pathToFileURL(runtimePath).href)) as { runtime: typeof import('../src/runtime/index.js') }).runtime;
const { D, ZERO, PayoutError, moneyStep, textStep, formatMoney, formatPercent, roundToStep, buildStatement } = runtime;
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PAYEES = arg('--payees', 1000);
const ROUNDS = arg('--rounds', 15);
const TARGET = arg('--target', 0.95);
const FUZZ = arg('--fuzz', 500);
const DEALS_PER_QUARTER = 20;

// ───────────────────────────── the hand-written plan ─────────────────────────────

const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
const CURRENCY = 'USD';
const CENT = new D('0.01');
const LOW_RATE = new D('0.08');
const HIGH_RATE = new D('0.12');
const KICKER_SHARE = new D('1.2');
const KICKER = new D('5000');
const FULL_CREDIT = new D(1);
const LOW_BAND = 'band up to 100% of quota -> 8%';
const HIGH_BAND = 'band above 100% of quota -> 12%';
const MONEY = /^(-)?\s*([$€£])?\s*(-)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([A-Z]{3})?$/;
const NUMBER = /^-?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;
const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const KINDS = new Set(['new', 'renewal', 'expansion']);

function display(raw: unknown): string {
  return raw === undefined ? 'nothing' : typeof raw === 'string' ? raw : JSON.stringify(raw);
}

function money(raw: unknown, where: string, field: string): Dec {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : null;
  const m = text === null ? null : MONEY.exec(text);
  if (!m) throw new PayoutError('PP6002', { where, field, expected: 'an amount such as `$1,000.00`', value: display(raw) });
  const currency = m[6] ?? (m[2] ? SYMBOLS[m[2]] : CURRENCY);
  if (currency !== CURRENCY) throw new PayoutError('PP6004', { where, field, actual: currency!, expected: CURRENCY });
  const digits = m[4]!.includes(',') ? m[4]!.replace(/,/g, '') : m[4]!;
  const value = new D(m[5] ? digits + m[5] : digits);
  return m[1] !== undefined || m[3] !== undefined ? value.neg() : value;
}

function percent(raw: unknown, where: string, field: string): Dec {
  if (typeof raw === 'number' && Number.isFinite(raw)) return new D(String(raw));
  const text = typeof raw === 'string' ? raw.trim() : '\u0000';
  const isPercent = text.endsWith('%');
  const digits = isPercent ? text.slice(0, -1).trim() : text;
  if (!NUMBER.test(digits)) throw new PayoutError('PP6002', { where, field, expected: 'a percentage such as `92%`', value: display(raw) });
  const n = new D(digits.includes(',') ? digits.replace(/,/g, '') : digits);
  return isPercent ? n.div(100) : n;
}

interface Quarter {
  readonly quota: Dec;
  readonly bookings: Dec;
}

const missing = (v: unknown) => v === undefined || v === null || v === '';

/** One quarter's row: the quota, then the deals (summed as they are read), then the checks. */
function readQuarter(row: Record<string, unknown>, where: string, warnings: string[]): Quarter {
  if (missing(row.quota)) throw new PayoutError('PP6001', { where, field: 'quota' });
  const quota = money(row.quota, where, 'quota');
  const deals = row.deals;
  if (missing(deals)) throw new PayoutError('PP6001', { where, field: 'deals' });
  if (!Array.isArray(deals)) throw new PayoutError('PP6002', { where, field: 'deals', expected: 'a list', value: display(deals) });
  let bookings = ZERO;
  for (let i = 0; i < deals.length; i++) {
    const deal = deals[i] as Record<string, unknown>;
    if (typeof deal !== 'object' || deal === null || Array.isArray(deal)) {
      throw new PayoutError('PP6002', { where, field: `deals[${i + 1}]`, expected: 'a Deal', value: display(deal) });
    }
    if (missing(deal.amount)) throw new PayoutError('PP6001', { where, field: `deals[${i + 1}].amount` });
    const amount = money(deal.amount, where, `deals[${i + 1}].amount`);
    const kind = typeof deal.kind === 'string' ? deal.kind.trim() : '';
    if (missing(deal.kind)) throw new PayoutError('PP6001', { where, field: `deals[${i + 1}].kind` });
    if (!KINDS.has(kind)) {
      throw new PayoutError('PP6006', { where, field: `deals[${i + 1}].kind`, value: display(deal.kind), members: '`new`, `renewal`, `expansion`' });
    }
    const credit = missing(deal.credit) ? FULL_CREDIT : percent(deal.credit, where, `deals[${i + 1}].credit`);
    for (const name in deal) {
      if (name !== 'amount' && name !== 'kind' && name !== 'credit') {
        warnings.push(`${where}: \`deals[${i + 1}].${name}\` is not a field of the record and was ignored`);
      }
    }
    if (kind !== 'renewal') bookings = bookings.plus(amount.times(credit));
  }
  for (const name in row) {
    if (name !== 'quota' && name !== 'deals') warnings.push(`${where}: \`${name}\` is not a per-period input of the plan and was ignored`);
  }
  if (!quota.gt(0)) throw new PayoutError('PP6005', { where, field: 'quota', rule: 'positive', value: quota.toFixed() });
  return { quota, bookings };
}

/** The rows of the quarters the data covers, from Q1 without gaps, keyed by name or listed. */
function quarterRows(data: PayeeData, who: string): Record<string, unknown>[] {
  const row = (value: unknown, k: number): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new PayoutError('PP6002', { where: `${who}, ${QUARTERS[k]}`, field: 'the period', expected: 'a record of inputs', value: JSON.stringify(value) });
    }
    return value as Record<string, unknown>;
  };
  if (Array.isArray(data.periods)) {
    if (data.periods.length > QUARTERS.length) {
      throw new PayoutError('PP6008', { where: who, period: `period ${data.periods.length}`, periods: QUARTERS.join(', ') });
    }
    return data.periods.map(row);
  }
  const byName = (data.periods ?? {}) as Record<string, unknown>;
  let last = -1;
  for (const name of Object.keys(byName)) {
    const k = (QUARTERS as readonly string[]).indexOf(name);
    if (k < 0) throw new PayoutError('PP6008', { where: who, period: name, periods: QUARTERS.join(', ') });
    if (k > last) last = k;
  }
  const rows: Record<string, unknown>[] = [];
  for (let k = 0; k <= last; k++) {
    if (byName[QUARTERS[k]!] === undefined) throw new PayoutError('PP6001', { where: who, field: `the data of ${QUARTERS[k]}` });
    rows.push(row(byName[QUARTERS[k]!], k));
  }
  return rows;
}

/** Marginal 8% up to the quota, 12% above it; a negative amount is taken back at 8%. */
function newBusiness(bookings: Dec, quota: Dec): RoundedLine {
  const steps: ExplainStep[] = [moneyStep('amount', bookings, CURRENCY, 'bookings')];
  let pay = ZERO;
  if (bookings.lt(0)) {
    pay = bookings.neg().times(LOW_RATE).neg();
    steps.push(moneyStep(LOW_BAND, pay, CURRENCY, `${formatMoney(bookings, CURRENCY)} × ${formatPercent(LOW_RATE)}`));
  } else if (bookings.gt(0)) {
    const low = bookings.lt(quota) ? bookings : quota;
    pay = low.times(LOW_RATE);
    steps.push(moneyStep(LOW_BAND, pay, CURRENCY, `${formatMoney(low, CURRENCY)} × ${formatPercent(LOW_RATE)}`));
    if (bookings.gt(quota)) {
      const high = bookings.minus(quota);
      const highPay = high.times(HIGH_RATE);
      pay = pay.plus(highPay);
      steps.push(moneyStep(HIGH_BAND, highPay, CURRENCY, `${formatMoney(high, CURRENCY)} × ${formatPercent(HIGH_RATE)}`));
    }
  }
  steps.push(moneyStep('commission', pay, CURRENCY));
  return { kind: 'component', name: 'NewBusiness', amount: roundToStep(pay, CENT, 'half-even'), explanation: steps };
}

function handWritten(data: PayeeData): Statement {
  const who = data.payee === undefined ? 'the payee' : `payee "${data.payee}"`;
  const rows = quarterRows(data, who);
  const warnings: string[] = [];
  for (const name in data.year ?? {}) warnings.push(`${who}: \`${name}\` is not a per-year input of the plan and was ignored`);
  const quarters = rows.map((row, k) => readQuarter(row, `${who}, ${QUARTERS[k]}`, warnings));
  const periods = quarters.map(({ quota, bookings }, k) => {
    const lines = [newBusiness(bookings, quota)];
    if (bookings.gte(KICKER_SHARE.times(quota))) {
      lines.push({
        kind: 'bonus',
        name: "President's Club kicker",
        amount: roundToStep(KICKER, CENT, 'half-even'),
        explanation: [textStep('condition met', 'bookings >= 120% of quota'), moneyStep('bonus', KICKER, CURRENCY)],
      });
    }
    return { period: QUARTERS[k]!, lines };
  });
  // The plan carries no state between quarters: its statements open and close with none.
  const opening = { after: null, values: {} };
  const closing = { after: periods.length === 0 ? null : periods[periods.length - 1]!.period, values: {} };
  return buildStatement({ plan: 'AE FY2026 (marginal)', currency: CURRENCY, ...(data.payee === undefined ? {} : { payee: data.payee }), periods, warnings, opening, closing });
}

// ───────────────────────────── data ─────────────────────────────

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function payees(count: number): PayeeData[] {
  const random = mulberry32(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const amount = (): string => {
    const cents = Math.floor(random() * 60_000_00) + 1_000_00;
    const whole = Math.floor(cents / 100).toString();
    const fraction = (cents % 100).toString().padStart(2, '0');
    return random() < 0.5 ? `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}` : `${whole}.${fraction}`;
  };
  return Array.from({ length: count }, (_, p) => ({
    payee: `AE ${p + 1}`,
    year: {},
    periods: Object.fromEntries(
      QUARTERS.map((q) => [
        q,
        {
          quota: pick(['$500,000', '$400,000', '450000.00', '$600,000']),
          deals: Array.from({ length: DEALS_PER_QUARTER }, () => {
            const kind = pick(['new', 'new', 'new', 'expansion', 'expansion', 'renewal']);
            const credit = pick([undefined, undefined, undefined, '100%', '60%', '40%']);
            return credit === undefined ? { amount: amount(), kind } : { amount: amount(), kind, credit };
          }),
        },
      ]),
    ),
  }));
}

// ───────────────────────────── run ─────────────────────────────

const file = `${root}examples/ae-fy2026-marginal.payplan`;
const source = readFileSync(file, 'utf8');
const program = new Program(file, source);
if (program.hasErrors) throw new Error('the AE example has errors');
const plan = program.checked.plans[0]!;
const modulePath = `${root}.cache/bench/ae-fy2026-marginal.mjs`;
writeFileSync(modulePath, emitModule(plan, source, { fileName: 'ae-fy2026-marginal.payplan' }).js);
const generated = (await import(pathToFileURL(modulePath).href)) as { run(data: PayeeData): Statement };

const data = payees(PAYEES);
for (const payee of data) {
  const a = generated.run(payee);
  const b = handWritten(payee);
  if (!isDeepStrictEqual(a, b)) {
    console.error(`the hand-written statement differs for ${payee.payee}:`);
    console.error(JSON.stringify(a.periods[0], null, 1).slice(0, 2000));
    console.error(JSON.stringify(b.periods[0], null, 1).slice(0, 2000));
    process.exit(2);
  }
}
// And on random data, bad rows included: the same statement or the same PayoutError, every time.
const outcome = (run: () => Statement) => {
  try {
    return JSON.stringify(run());
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'PayoutError') throw error;
    const e = error as Error & { code: string; args: unknown };
    return `${e.code} ${JSON.stringify(e.args)}`;
  }
};
fc.assert(
  fc.property(payeeDataArb(inputSpecs(plan, source), plan.periodNames), (payee) => outcome(() => handWritten(payee)) === outcome(() => generated.run(payee))),
  { numRuns: FUZZ },
);
console.log(`identical statements for ${data.length} payees × ${QUARTERS.length} quarters × ${DEALS_PER_QUARTER} deals, and for ${FUZZ} random payees`);

/**
 * CPU time (user + system) of this process, in ms: unlike wall time it does not count the time the
 * process waits for a core, so other work on a shared machine disturbs the comparison far less.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

let sink = 0;
function time(run: (d: PayeeData) => Statement): number {
  const start = cpuMs();
  for (const payee of data) sink += run(payee).periods.length;
  return cpuMs() - start;
}

const candidates = { generated: (d: PayeeData) => generated.run(d), 'hand-written': handWritten };
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]! : null;
if (only !== null) {
  const run = candidates[only as keyof typeof candidates];
  if (!run) throw new Error(`--only takes one of: ${Object.keys(candidates).join(', ')}`);
  for (let r = 0; r < ROUNDS; r++) time(run);
  process.exit(0);
}

// Warm up both, then alternate which goes first so that drift hits both alike.
for (let i = 0; i < 3; i++) for (const run of Object.values(candidates)) time(run);
const times = { generated: [] as number[], 'hand-written': [] as number[] };
const ratios: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 === 0 ? (['generated', 'hand-written'] as const) : (['hand-written', 'generated'] as const);
  const round: Record<string, number> = {};
  for (const name of order) times[name].push((round[name] = time(candidates[name])));
  ratios.push(round['hand-written']! / round.generated!);
}
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, ms] of Object.entries(times)) {
  const throughput = (data.length / median(ms)) * 1000;
  console.log(`${name.padEnd(13)} median ${median(ms).toFixed(1)} ms CPU per ${data.length} payees = ${throughput.toFixed(0)} payees/s`);
}
const ratio = median(ratios);
// Last, so that the evaluator's own copy of the runtime does not share the timed code paths.
for (const payee of data.slice(0, 20)) {
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(evaluate(plan, source, payee))), JSON.parse(JSON.stringify(generated.run(payee))))) {
    console.error(`the generated statement differs from the evaluator's for ${payee.payee}`);
    process.exit(2);
  }
}

console.log(`throughput ratio generated / hand-written = ${ratio.toFixed(3)} (median of ${ROUNDS} paired rounds; target ≥ ${TARGET})`);
if (sink === 0) console.log('(nothing was run)');
process.exitCode = ratio >= TARGET ? 0 : 1;
