/**
 * The expression operations that are more than one decimal.js call, shared by the reference
 * evaluator and generated code so both give the same value and the same error.
 */
import { D, type Dec, sum } from './decimal.js';
import { PayoutError } from './errors.js';
import type { Value } from './inputs.js';

export type Comparison = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** Compares quantities exactly, dates and enum members as text, booleans by identity. */
export function compare(op: Comparison, a: Value, b: Value): boolean {
  const order = a instanceof D ? (a as Dec).comparedTo(b as Dec) : a === b ? 0 : (a as string) < (b as string) ? -1 : 1;
  switch (op) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
    case '==':
      return order === 0;
    case '!=':
      return order !== 0;
  }
}

export function minOf(values: readonly Value[]): Value {
  return values.reduce((m, v) => (compare('<', v, m) ? v : m));
}

export function maxOf(values: readonly Value[]): Value {
  return values.reduce((m, v) => (compare('>', v, m) ? v : m));
}

export function clamp(x: Dec, low: Dec, high: Dec): Dec {
  return D.min(D.max(x, low), high);
}

/** average, min and max of nothing have no value: a named error rather than a silent zero. */
export function nonEmpty<T>(values: readonly T[], fn: string, where: string): readonly T[] {
  if (values.length === 0) throw new PayoutError('PP6007', { where, fn });
  return values;
}

export function averageOf(values: readonly Dec[], where: string): Dec {
  return sum(nonEmpty(values, 'average', where)).div(values.length);
}

export interface PeriodInfo {
  readonly start: string;
  readonly end: string;
  readonly number: Dec;
}

/** The dates of period `index` (0-based) of a year that starts on `fiscalStart` (YYYY-MM-DD). */
export function periodInfo(fiscalStart: string | null, monthsPerPeriod: number, index: number): PeriodInfo {
  const number = new D(index + 1);
  if (fiscalStart === null) return { start: '', end: '', number };
  const [y, m, d] = fiscalStart.split('-').map((p) => Number.parseInt(p, 10)) as [number, number, number];
  const start = monthDay(y, m - 1 + index * monthsPerPeriod, d);
  const next = monthDay(y, m - 1 + (index + 1) * monthsPerPeriod, d);
  const end = new Date(next.getTime() - 86_400_000);
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10), number };
}

/** Day `day` of a month counted from January of `year`, or the month's last day when it is shorter
 * (a year that starts on the 31st has periods that start on the 30th, 28th…, never spill over). */
function monthDay(year: number, month: number, day: number): Date {
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay)));
}

/**
 * A payout within its floors and caps, floors first, so a cap always wins: the order the runner
 * pays in, shared by everything that previews a payout (editor hovers, the curve view).
 */
export function withinLimits(amount: Dec, floors: readonly Dec[], caps: readonly Dec[]): Dec {
  let result = amount;
  for (const floor of floors) if (result.lt(floor)) result = floor;
  for (const cap of caps) if (result.gt(cap)) result = cap;
  return result;
}
