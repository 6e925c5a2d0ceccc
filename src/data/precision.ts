/**
 * Amounts and numbers written as text (`"$123,456,…,789.12"` in JSON, any CSV cell) are read
 * exactly, but a payout computes with EXACT_DIGITS significant digits: a value with more loses its
 * last digits, its cents, at the first sum or product, silently. Such a value fails its payee
 * (PP6014) before anything is paid. Only the inputs and record fields the plan reads as amounts,
 * percentages, numbers or counts are looked at: text and ids may be as long as they like.
 */
import { D } from '../runtime/decimal.js';
import type { FieldSpec, InputSpec, ValueType } from '../runtime/inputs.js';
import type { PayeeData } from '../runtime/payee.js';
import { EXACT_DIGITS } from './json-exact.js';

export interface OverPrecise {
  readonly where: string;
  readonly field: string;
  readonly value: string;
  readonly reason: string;
}

const NUMERIC = new Set<ValueType['kind']>(['money', 'percent', 'number', 'count']);

/** The first value of the payee's data with more significant digits than payouts carry, or null. */
export function overPrecise(data: PayeeData, inputs: readonly InputSpec[], periodNames: readonly string[]): OverPrecise | null {
  const who = data.payee === undefined ? 'the payee' : `payee "${data.payee}"`;
  const yearly = inputs.filter((i) => i.perYear);
  const perPeriod = inputs.filter((i) => !i.perYear);
  const year = record(data.year);
  if (year !== null) {
    const found = inFields(year, yearly, null);
    if (found !== null) return { where: who, ...found };
  }
  const periods = data.periods as unknown;
  const rows: [string, unknown][] =
    Array.isArray(periods) ? periods.map((row, k) => [periodNames[k] ?? `period ${k + 1}`, row])
    : record(periods) !== null ? Object.entries(periods as Record<string, unknown>)
    : [];
  for (const [period, row] of rows) {
    const values = record(row);
    const found = values === null ? null : inFields(values, perPeriod, null);
    if (found !== null) return { where: `${who}, ${period}`, ...found };
  }
  return null;
}

function record(value: unknown): Readonly<Record<string, unknown>> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

type Found = Omit<OverPrecise, 'where'>;

function inFields(values: Readonly<Record<string, unknown>>, fields: readonly FieldSpec[], path: string | null): Found | null {
  for (const f of fields) {
    if (!Object.prototype.hasOwnProperty.call(values, f.name)) continue;
    const found = inValue(values[f.name], f.type, path === null ? f.name : `${path}.${f.name}`);
    if (found !== null) return found;
  }
  return null;
}

function inValue(value: unknown, type: ValueType, path: string): Found | null {
  if (type.kind === 'list') {
    if (!Array.isArray(value)) return null;
    for (let k = 0; k < value.length; k++) {
      const found = inValue(value[k], type.element, `${path}[${k + 1}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (type.kind === 'record') {
    const values = record(value);
    return values === null ? null : inFields(values, type.fields, path);
  }
  if (!NUMERIC.has(type.kind) || typeof value !== 'string') return null;
  const digits = significantDigits(value);
  if (digits === null || digits <= EXACT_DIGITS) return null;
  return { field: path, value: value.trim(), reason: `it has ${digits} significant digits, and payplan carries at most ${EXACT_DIGITS}` };
}

/** The significant digits of an amount or number as data writes it (`$1,000.50`, `-92.5%`, `12 USD`); null if it is not one. */
function significantDigits(text: string): number | null {
  const plain = text.replace(/[\s,$€£%]/g, '').replace(/[A-Z]{3}$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(plain)) return null;
  return new D(plain).sd();
}
