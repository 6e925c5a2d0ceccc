/**
 * Reading a payee's data into run-time values, exactly and strictly. Data comes from JSON or CSV,
 * so amounts may be strings ("$600,000", "600000.00") or JSON numbers; percentages "92%" or ratios
 * (0.92). Anything that does not fit its declared type is a PayoutError naming the row and the
 * field, never a silent zero. Fields the plan does not know are reported as warnings, not dropped
 * silently.
 */
import { D, type Dec } from './decimal.js';
import { PayoutError } from './errors.js';

export type ValueType =
  | { readonly kind: 'money'; readonly currency: string }
  | { readonly kind: 'percent' | 'number' | 'count' | 'date' | 'bool' | 'text' }
  | { readonly kind: 'enum'; readonly name: string; readonly members: readonly string[] }
  | { readonly kind: 'record'; readonly name: string; readonly fields: readonly FieldSpec[] }
  | { readonly kind: 'list'; readonly element: ValueType };

export interface FieldSpec {
  readonly name: string;
  readonly type: ValueType;
  /** A literal written as data would be (`"100%"`), used when the field is left out. */
  readonly default?: string;
}

export interface InputSpec extends FieldSpec {
  readonly perYear: boolean;
  readonly constraint?: { readonly rule: 'positive' | 'non-negative' | 'between'; readonly low?: string; readonly high?: string };
}

/** Dates stay ISO strings, which order correctly as text. */
export type Value = Dec | boolean | string | Value[] | { readonly [field: string]: Value };

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const MONEY = /^(-)?\s*([$€£])?\s*(-)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([A-Z]{3})?$/;
const NUMBER = /^-?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

export function readValue(raw: unknown, type: ValueType, where: string, field: string, warnings: string[]): Value {
  const wrong = (expected: string): PayoutError =>
    new PayoutError('PP6002', { where, field, expected, value: display(raw) });
  switch (type.kind) {
    case 'money': {
      const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : null;
      const m = text === null ? null : MONEY.exec(text);
      if (!m) throw wrong('an amount such as `$1,000.00`');
      const currency = m[6] ?? (m[2] ? SYMBOLS[m[2]] : type.currency);
      if (currency !== type.currency) throw new PayoutError('PP6004', { where, field, actual: currency!, expected: type.currency });
      const negative = (m[1] ?? m[3]) !== undefined;
      const value = new D(`${m[4]!.replace(/,/g, '')}${m[5] ?? ''}`);
      return negative ? value.neg() : value;
    }
    case 'percent': {
      if (typeof raw === 'string' && raw.trim().endsWith('%')) {
        const n = number(raw.trim().slice(0, -1).trim());
        if (n === null) throw wrong('a percentage such as `92%`');
        return n.div(100);
      }
      const n = number(raw);
      if (n === null) throw wrong('a percentage such as `92%`');
      return n;
    }
    case 'number':
    case 'count': {
      const n = number(raw);
      if (n === null || (type.kind === 'count' && !n.isInteger())) throw wrong(type.kind === 'count' ? 'a whole number' : 'a number');
      return n;
    }
    case 'date': {
      if (typeof raw !== 'string' || !validDate(raw.trim())) throw wrong('a date such as `2026-03-31`');
      return raw.trim();
    }
    case 'bool':
      if (raw === true || raw === 'true') return true;
      if (raw === false || raw === 'false') return false;
      throw wrong('`true` or `false`');
    case 'text':
      if (typeof raw !== 'string') throw wrong('text');
      return raw;
    case 'enum': {
      const text = typeof raw === 'string' ? raw.trim() : '';
      if (!type.members.includes(text)) {
        throw new PayoutError('PP6006', { where, field, value: display(raw), members: type.members.map((m) => `\`${m}\``).join(', ') });
      }
      return text;
    }
    case 'list': {
      if (!Array.isArray(raw)) throw wrong('a list');
      return raw.map((item, i) => readValue(item, type.element, where, `${field}[${i + 1}]`, warnings));
    }
    case 'record': {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw wrong(`a ${type.name}`);
      return readFields(raw as Record<string, unknown>, type.fields, where, `${field}.`, warnings);
    }
  }
}

/** Reads every declared field (defaults for those left out) and warns of undeclared ones. */
export function readFields(
  raw: Readonly<Record<string, unknown>>,
  fields: readonly FieldSpec[],
  where: string,
  prefix: string,
  warnings: string[],
  /** What a field the data has but the spec lacks is not, for the warning. */
  unknownNoun = 'a field of the record',
): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const f of fields) {
    const value = raw[f.name];
    if (value === undefined || value === null || value === '') {
      if (f.default === undefined) throw new PayoutError('PP6001', { where, field: `${prefix}${f.name}` });
      out[f.name] = readValue(f.default, f.type, where, `${prefix}${f.name}`, warnings);
    } else {
      out[f.name] = readValue(value, f.type, where, `${prefix}${f.name}`, warnings);
    }
  }
  const known = new Set(fields.map((f) => f.name));
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) warnings.push(`${where}: \`${prefix}${name}\` is not ${unknownNoun} and was ignored`);
  }
  return out;
}

/** Checks `must be positive` and friends on a value already read. */
export function checkConstraint(input: InputSpec, value: Value, where: string, warnings: string[]): void {
  const c = input.constraint;
  if (!c || !(value instanceof D)) return;
  const v = value as Dec;
  const bound = (raw: string) => readValue(raw, input.type, where, input.name, warnings) as Dec;
  const broken =
    (c.rule === 'positive' && !v.gt(0)) ||
    (c.rule === 'non-negative' && v.lt(0)) ||
    (c.rule === 'between' && (v.lt(bound(c.low!)) || v.gt(bound(c.high!))));
  if (broken) {
    const rule = c.rule === 'between' ? `between ${c.low} and ${c.high}` : c.rule;
    throw new PayoutError('PP6005', { where, field: input.name, rule, value: display(v.toFixed()) });
  }
}

function number(raw: unknown): Dec | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? new D(String(raw)) : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  return NUMBER.test(text) ? new D(text.replace(/,/g, '')) : null;
}

function validDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function display(raw: unknown): string {
  if (raw === undefined) return 'nothing';
  return typeof raw === 'string' ? raw : JSON.stringify(raw);
}
