/**
 * One payee's data for a plan year: the per-year inputs once, and each period's inputs. Produces the
 * value of every input in every period, spreading `per year` amounts evenly over the periods.
 */
import { D } from './decimal.js';
import { PayoutError } from './errors.js';
import { checkConstraint, readFields, type InputSpec, type Value } from './inputs.js';

export interface PayeeData {
  readonly payee?: string;
  /** The `per year` inputs. */
  readonly year?: Readonly<Record<string, unknown>>;
  /** Keyed by period name (`Q1`…) or listed in order from the first period of the year. */
  readonly periods: Readonly<Record<string, Readonly<Record<string, unknown>>>> | readonly Readonly<Record<string, unknown>>[];
  /** The state to continue from: an earlier statement's `closing`. The data then starts at the period after it. */
  readonly opening?: unknown;
}

export interface PayeeValues {
  readonly payee?: string;
  /** One entry per period the data covers, from period `first` of the year. */
  readonly periods: readonly Readonly<Record<string, Value>>[];
  readonly warnings: readonly string[];
}

/** Reads the inputs of the periods the data covers, from period `first` (after an opening state) on. */
export function readPayee(inputs: readonly InputSpec[], periodNames: readonly string[], data: PayeeData, first = 0): PayeeValues {
  const warnings: string[] = [];
  const who = payeeName(data);
  const periods = periodRows(data, periodNames, who, first);
  const { yearly, perPeriod } = split(inputs);
  const year = readFields(data.year ?? {}, yearly, who, '', warnings, 'a per-year input of the plan');
  for (const input of yearly) checkConstraint(input, year[input.name]!, who, warnings);
  const count = new D(periodNames.length);
  const values = periods.map((row, i) => {
    const where = `${who}, ${periodNames[first + i]}`;
    const env = readFields(row, perPeriod, where, '', warnings, 'a per-period input of the plan');
    for (const input of perPeriod) checkConstraint(input, env[input.name]!, where, warnings);
    for (const input of yearly) env[input.name] = spread(year[input.name]!, input, count);
    return env;
  });
  return { ...(data.payee === undefined ? {} : { payee: data.payee }), periods: values, warnings };
}

/** The per-year and the per-period inputs, sorted once per plan rather than once per payee. */
function split(inputs: readonly InputSpec[]): { yearly: readonly InputSpec[]; perPeriod: readonly InputSpec[] } {
  let known = splits.get(inputs);
  if (known === undefined) {
    known = { yearly: inputs.filter((i) => i.perYear), perPeriod: inputs.filter((i) => !i.perYear) };
    splits.set(inputs, known);
  }
  return known;
}

const splits = new WeakMap<readonly InputSpec[], { yearly: readonly InputSpec[]; perPeriod: readonly InputSpec[] }>();

/** A per-year amount or number reads as its share in each period; other kinds read as given. */
function spread(value: Value, input: InputSpec, count: InstanceType<typeof D>): Value {
  const k = input.type.kind;
  return (k === 'money' || k === 'number' || k === 'count') && value instanceof D ? value.div(count) : value;
}

/** How errors and warnings name the payee. */
export function payeeName(data: PayeeData): string {
  return data.payee === undefined ? 'the payee' : `payee "${data.payee}"`;
}

/**
 * The rows of the periods the data covers, from period `first` (0, or the period after an opening
 * state) without gaps: keyed by period name or listed. Each must be a record. Generated modules
 * read their rows with it too.
 */
export function periodRows(data: PayeeData, periodNames: readonly string[], who: string, first = 0): Readonly<Record<string, unknown>>[] {
  const open = periodNames.slice(first);
  if (Array.isArray(data.periods)) {
    if (data.periods.length > open.length) {
      throw new PayoutError('PP6008', { where: who, period: `period ${first + data.periods.length}`, periods: open.join(', ') });
    }
    return data.periods.map((row, i) => record(row, who, open[i]!));
  }
  const byName = (data.periods ?? {}) as Readonly<Record<string, unknown>>;
  let last = first - 1;
  for (const name of Object.keys(byName)) {
    const k = periodNames.indexOf(name);
    // A period the opening state already closed cannot be paid again.
    if (k < 0) throw new PayoutError('PP6008', { where: who, period: name, periods: open.join(', ') });
    if (k < first) throw new PayoutError('PP6012', { where: who, period: name, after: periodNames[first - 1]! });
    if (k > last) last = k;
  }
  const rows: Readonly<Record<string, unknown>>[] = [];
  for (let k = first; k <= last; k++) {
    const row = byName[periodNames[k]!];
    if (row === undefined) throw new PayoutError('PP6001', { where: who, field: `the data of ${periodNames[k]}` });
    rows.push(record(row, who, periodNames[k]!));
  }
  return rows;
}

function record(row: unknown, who: string, period: string): Readonly<Record<string, unknown>> {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw new PayoutError('PP6002', { where: `${who}, ${period}`, field: 'the period', expected: 'a record of inputs', value: JSON.stringify(row) });
  }
  return row as Readonly<Record<string, unknown>>;
}
