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
  /**
   * `must be …`: an input's is checked by readPayee once all the inputs of a row are read; a record
   * field's by readRecord once the record's fields are read and its unknown fields warned of.
   */
  readonly constraint?: { readonly rule: 'positive' | 'non-negative' | 'between'; readonly low?: string; readonly high?: string };
}

export interface InputSpec extends FieldSpec {
  readonly perYear: boolean;
}

/** Dates stay ISO strings, which order correctly as text. */
export type Value = Dec | boolean | string | Value[] | { readonly [field: string]: Value };

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const MONEY = /^(-)?\s*([$€£])?\s*(-)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([A-Z]{3})?$/;
const NUMBER = /^-?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;

export function readValue(raw: unknown, type: ValueType, where: string, field: string, warnings: string[]): Value {
  return read(raw, typeNode(type), where, null, field, warnings);
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
  // The fields given here are inputs: readPayee checks their constraints itself, after the whole row.
  return readRecord(raw, recordNode(fields, false), where, prefix === '' ? null : { up: null, key: prefix, glue: '' }, warnings, unknownNoun);
}

/**
 * Where a value sits in a payee's row. Its name (`deals[3].amount`) is put together only when an
 * error or a warning needs it, not for each of the thousands of values a data file holds. Generated
 * modules build these too, in their own readers (see src/compile/emit-reader.ts).
 */
export interface Path {
  readonly up: Path | null;
  readonly key: string | number;
  /** What joins a field name to this path: `.`, or nothing after a caller's own prefix. */
  readonly glue?: string;
}

/** The name of the value at `key` under `up`: `quota`, `deals[3]`, `deals[3].amount`. */
function fieldName(up: Path | null, key: string | number): string {
  if (typeof key === 'number') return `${pathText(up)}[${key + 1}]`;
  return up === null ? key : `${pathText(up)}${up.glue ?? '.'}${key}`;
}

function pathText(path: Path | null): string {
  return path === null ? '' : fieldName(path.up, path.key);
}

function read(raw: unknown, type: TypeNode, where: string, up: Path | null, key: string | number, warnings: string[]): Value {
  switch (type.kind) {
    case 'money':
      return readMoney(raw, type.currency, where, up, key);
    case 'percent':
      return readPercent(raw, where, up, key);
    case 'number':
      return readNumber(raw, where, up, key);
    case 'count':
      return readCount(raw, where, up, key);
    case 'date':
      return readDate(raw, where, up, key);
    case 'bool':
      return readBool(raw, where, up, key);
    case 'text':
      return readText(raw, where, up, key);
    case 'enum':
      return readEnum(raw, type.members, where, up, key);
    case 'list': {
      if (!Array.isArray(raw)) throw wrongType(raw, where, up, key, 'a list');
      const list: Path = { up, key };
      const items: Value[] = [];
      for (let i = 0; i < raw.length; i++) items.push(read(raw[i], type.element!, where, list, i, warnings));
      return items;
    }
    case 'record': {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw wrongType(raw, where, up, key, withArticle(type.name));
      return readRecord(raw as Record<string, unknown>, type.record!, where, { up, key }, warnings, 'a field of the record');
    }
  }
}

// One reader per scalar kind: the value at `key` under `up`, or a PayoutError naming it. The generic
// reader above and the readers generated for a plan both use these, so they read alike.

/** An amount in `currency`: `"$1,000.00"`, `"1000 USD"`, `"-1,000"`, or a JSON number. */
export function readMoney(raw: unknown, currency: string, where: string, up: Path | null, key: string | number): Dec {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : null;
  const m = text === null ? null : MONEY.exec(text);
  if (!m) throw wrongType(raw, where, up, key, 'an amount such as `$1,000.00`');
  const given = m[6] ?? (m[2] ? SYMBOLS[m[2]] : currency);
  if (given !== currency) {
    throw new PayoutError('PP6004', { where, field: fieldName(up, key), actual: given!, expected: currency });
  }
  const whole = m[4]!;
  const digits = whole.includes(',') ? whole.replace(/,/g, '') : whole;
  const value = new D(m[5] === undefined ? digits : digits + m[5]);
  return m[1] !== undefined || m[3] !== undefined ? value.neg() : value;
}

/** `"92%"`, or a ratio (`0.92`, `"0.92"`). */
export function readPercent(raw: unknown, where: string, up: Path | null, key: string | number): Dec {
  const text = typeof raw === 'string' ? raw.trim() : null;
  if (text !== null && text.endsWith('%')) {
    const n = number(text.slice(0, -1).trim());
    if (n === null) throw wrongType(raw, where, up, key, 'a percentage such as `92%`');
    return n.div(100);
  }
  const n = number(raw);
  if (n === null) throw wrongType(raw, where, up, key, 'a percentage such as `92%`');
  return n;
}

export function readNumber(raw: unknown, where: string, up: Path | null, key: string | number): Dec {
  const n = number(raw);
  if (n === null) throw wrongType(raw, where, up, key, 'a number');
  return n;
}

export function readCount(raw: unknown, where: string, up: Path | null, key: string | number): Dec {
  const n = number(raw);
  if (n === null || !n.isInteger()) throw wrongType(raw, where, up, key, 'a whole number');
  return n;
}

/** An ISO date (`2026-03-31`), kept as its text. */
export function readDate(raw: unknown, where: string, up: Path | null, key: string | number): string {
  if (typeof raw !== 'string' || !validDate(raw.trim())) throw wrongType(raw, where, up, key, 'a date such as `2026-03-31`');
  return raw.trim();
}

export function readBool(raw: unknown, where: string, up: Path | null, key: string | number): boolean {
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  throw wrongType(raw, where, up, key, '`true` or `false`');
}

export function readText(raw: unknown, where: string, up: Path | null, key: string | number): string {
  if (typeof raw !== 'string') throw wrongType(raw, where, up, key, 'text');
  return raw;
}

/** One of `members`, surrounding spaces ignored. */
export function readEnum(raw: unknown, members: readonly string[], where: string, up: Path | null, key: string | number): string {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!members.includes(text)) {
    throw new PayoutError('PP6006', {
      where,
      field: fieldName(up, key),
      value: display(raw),
      members: members.map((m) => `\`${m}\``).join(', '),
    });
  }
  return text;
}

/** A declared field without a default that the data leaves out (or leaves `null` or empty). */
export function missingField(where: string, up: Path | null, key: string | number): PayoutError {
  return new PayoutError('PP6001', { where, field: fieldName(up, key) });
}

export function wrongType(raw: unknown, where: string, up: Path | null, key: string | number, expected: string): PayoutError {
  return new PayoutError('PP6002', { where, field: fieldName(up, key), expected, value: display(raw) });
}

/**
 * Warns of each field of `raw` outside `names`, after a record's declared fields were read: `given`
 * is how many of those the row had (not `undefined`), and only a row with more keys than that can
 * hold one the plan does not know.
 */
export function warnUnknownFields(
  raw: Readonly<Record<string, unknown>>,
  given: number,
  names: ReadonlySet<string>,
  where: string,
  path: Path | null,
  warnings: string[],
  unknownNoun: string,
): void {
  let keys = 0;
  for (const _ in raw) keys++;
  if (keys > given) {
    for (const name in raw) {
      if (!names.has(name) && Object.prototype.hasOwnProperty.call(raw, name)) {
        warnings.push(`${where}: \`${fieldName(path, name)}\` is not ${unknownNoun} and was ignored`);
      }
    }
  }
}

function readRecord(
  raw: Readonly<Record<string, unknown>>,
  record: RecordNode,
  where: string,
  path: Path | null,
  warnings: string[],
  unknownNoun: string,
): Record<string, Value> {
  const fields = record.fields;
  const out: Record<string, Value> = {};
  let given = 0;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const value = raw[f.name];
    if (value !== undefined) given++;
    if (value === undefined || value === null || value === '') {
      if (f.defaultText === undefined) throw missingField(where, path, f.name);
      out[f.name] = f.defaultValue ?? defaultValue(f, where, path, warnings);
    } else {
      out[f.name] = read(value, f.type, where, path, f.name, warnings);
    }
  }
  warnUnknownFields(raw, given, record.names, where, path, warnings, unknownNoun);
  // Then the fields' constraints, in field order, on the values read (defaults included).
  for (let i = 0; i < record.constrained.length; i++) {
    const spec = record.constrained[i]!;
    checkField(spec, out[spec.name]!, where, path, warnings);
  }
  return out;
}

function defaultValue(f: FieldNode, where: string, path: Path | null, warnings: string[]): Value {
  const value = read(f.defaultText, f.type, where, path, f.name, warnings);
  if (f.type.kind !== 'list' && f.type.kind !== 'record') f.defaultValue = value;
  return value;
}

/**
 * A value type as the reader walks it, built once per type: every kind has the same fields, so
 * reading thousands of values goes through one object shape instead of one per kind, and a field
 * list's names and read defaults are worked out once rather than once per row.
 */
class TypeNode {
  element: TypeNode | null = null;
  record: RecordNode | null = null;

  constructor(
    readonly kind: ValueType['kind'],
    readonly name: string,
    readonly currency: string,
    readonly members: readonly string[],
  ) {}
}

class FieldNode {
  /** The default once read; values are immutable, so rows may share a scalar one. */
  defaultValue: Value | undefined = undefined;

  constructor(
    readonly name: string,
    readonly type: TypeNode,
    readonly defaultText: string | undefined,
  ) {}
}

class RecordNode {
  readonly fields: FieldNode[] = [];
  /** The fields with a constraint, in field order; none for a row of inputs (readPayee checks those). */
  readonly constrained: FieldSpec[] = [];

  constructor(readonly names: ReadonlySet<string>) {}
}

const typeNodes = new WeakMap<ValueType, TypeNode>();
const recordNodes = new WeakMap<readonly FieldSpec[], RecordNode>();
const inputNodes = new WeakMap<readonly FieldSpec[], RecordNode>();

function typeNode(type: ValueType): TypeNode {
  let node = typeNodes.get(type);
  if (node === undefined) {
    node = new TypeNode(
      type.kind,
      type.kind === 'enum' || type.kind === 'record' ? type.name : '',
      type.kind === 'money' ? type.currency : '',
      type.kind === 'enum' ? type.members : [],
    );
    typeNodes.set(type, node);
    if (type.kind === 'list') node.element = typeNode(type.element);
    if (type.kind === 'record') node.record = recordNode(type.fields, true);
  }
  return node;
}

function recordNode(fields: readonly FieldSpec[], checked: boolean): RecordNode {
  const nodes = checked ? recordNodes : inputNodes;
  let node = nodes.get(fields);
  if (node === undefined) {
    node = new RecordNode(new Set(fields.map((f) => f.name)));
    nodes.set(fields, node);
    for (const f of fields) {
      node.fields.push(new FieldNode(f.name, typeNode(f.type), f.default));
      if (checked && f.constraint) node.constrained.push(f);
    }
  }
  return node;
}

/** Checks `must be positive` and friends on an input's value already read. */
export function checkConstraint(input: InputSpec, value: Value, where: string, warnings: string[]): void {
  checkRule(input, value, where, input.name, warnings);
}

/**
 * Checks a record field's constraint on its value already read: the same rule and PP6005 as an
 * input's, the field named by its place in the row (`deals[2].amount`). Generated readers call it.
 */
export function checkField(spec: FieldSpec, value: Value, where: string, path: Path | null, warnings: string[]): void {
  if (spec.constraint) checkRule(spec, value, where, fieldName(path, spec.name), warnings);
}

function checkRule(input: FieldSpec, value: Value, where: string, field: string, warnings: string[]): void {
  const c = input.constraint;
  if (!c || !(value instanceof D)) return;
  const v = value as Dec;
  const broken =
    (c.rule === 'positive' && !v.gt(0)) ||
    (c.rule === 'non-negative' && v.lt(0)) ||
    (c.rule === 'between' && (v.lt(bound(input, 'low', where, warnings)) || v.gt(bound(input, 'high', where, warnings))));
  if (broken) {
    const rule = c.rule === 'between' ? `between ${c.low} and ${c.high}` : c.rule;
    throw new PayoutError('PP6005', { where, field, rule, value: display(v.toFixed()) });
  }
}

/** A `between` limit, read once per input or field. */
function bound(input: FieldSpec, which: 'low' | 'high', where: string, warnings: string[]): Dec {
  let limits = bounds.get(input);
  if (limits === undefined) bounds.set(input, (limits = {}));
  return (limits[which] ??= readValue(input.constraint![which]!, input.type, where, input.name, warnings) as Dec);
}

const bounds = new WeakMap<FieldSpec, { low?: Dec; high?: Dec }>();

function number(raw: unknown): Dec | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? new D(String(raw)) : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (!NUMBER.test(text)) return null;
  return new D(text.includes(',') ? text.replace(/,/g, '') : text);
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

/** "a Deal", "an Owner": how a record type is named in an error message. */
export function withArticle(name: string): string {
  return `${/^[AEIOU]/i.test(name) ? 'an' : 'a'} ${name}`;
}
