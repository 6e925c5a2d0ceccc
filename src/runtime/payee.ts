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
}

export interface PayeeValues {
  readonly payee?: string;
  /** One entry per period the data covers, from the first period of the year. */
  readonly periods: readonly Readonly<Record<string, Value>>[];
  readonly warnings: readonly string[];
}

export function readPayee(inputs: readonly InputSpec[], periodNames: readonly string[], data: PayeeData): PayeeValues {
  const warnings: string[] = [];
  const who = data.payee === undefined ? 'the payee' : `payee "${data.payee}"`;
  const periods = periodRows(data, periodNames, who);
  const { yearly, perPeriod } = split(inputs);
  const year = readFields(data.year ?? {}, yearly, who, '', warnings, 'a per-year input of the plan');
  for (const input of yearly) checkConstraint(input, year[input.name]!, who, warnings);
  const count = new D(periodNames.length);
  const values = periods.map((row, k) => {
    const where = `${who}, ${periodNames[k]}`;
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

/**
 * The rows of the periods the data covers, from the first period of the year without gaps: keyed
 * by period name or listed. Each must be a record. Generated modules read their rows with it too.
 */
export function periodRows(data: PayeeData, periodNames: readonly string[], who: string): Readonly<Record<string, unknown>>[] {
  if (Array.isArray(data.periods)) {
    if (data.periods.length > periodNames.length) {
      throw new PayoutError('PP6008', { where: who, period: `period ${data.periods.length}`, periods: periodNames.join(', ') });
    }
    return data.periods.map((row, k) => record(row, who, periodNames[k]!));
  }
  const byName = (data.periods ?? {}) as Readonly<Record<string, unknown>>;
  let last = -1;
  for (const name of Object.keys(byName)) {
    const k = periodNames.indexOf(name);
    if (k < 0) throw new PayoutError('PP6008', { where: who, period: name, periods: periodNames.join(', ') });
    if (k > last) last = k;
  }
  const rows: Readonly<Record<string, unknown>>[] = [];
  for (let k = 0; k <= last; k++) {
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
