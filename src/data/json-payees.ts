/**
 * JSON payee data: `{ "payees": [PayeeData…] }`, each payee checked to be a record with periods.
 * Numbers are read exactly from the file's text (json-exact.ts): a number payplan cannot carry
 * exactly fails its payee (PP6014) instead of becoming a nearby double.
 */
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import type { PayeeData } from '../runtime/payee.js';
import { andList, withoutDuplicates, type Candidate } from './duplicates.js';
import { DataFileError, type PayeeEntry, type RowLocation } from './entries.js';
import { InexactNumber, JsonSyntaxError, parseExactJson } from './json-exact.js';

export function jsonPayees(file: string, text: string): PayeeEntry[] {
  let parsed: ReturnType<typeof parseExactJson>;
  try {
    parsed = parseExactJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new DataFileError(file, `it is not valid JSON (${error.message})`);
    throw error;
  }
  const root = parsed.value;
  const payees = typeof root === 'object' && root !== null && !Array.isArray(root) ? (root as { payees?: unknown }).payees : undefined;
  if (!Array.isArray(payees)) throw new DataFileError(file, 'it should be an object with a `payees` list, as in `{ "payees": [ … ] }`');
  const where = new Map<Candidate, string[]>();
  const candidates = payees.map((raw, i): Candidate => {
    const named = typeof raw === 'object' && raw !== null && typeof (raw as { payee?: unknown }).payee === 'string';
    const payee = named ? (raw as { payee: string }).payee : `#${i + 1}`;
    const location: RowLocation = { file, line: null, label: `${file} (payee ${named ? `"${payee}"` : payee})` };
    const line = typeof raw === 'object' && raw !== null ? parsed.lines.get(raw) : undefined;
    const at = line === undefined ? [] : [`line ${line}`];
    const candidate = (entry: PayeeEntry): Candidate => {
      const c = { entry, name: named ? payee : null, place: `#${i + 1}`, location };
      where.set(c, at);
      return c;
    };
    const fail = (code: DiagnosticCode, args: Record<string, string>): Candidate =>
      candidate({ payee, data: null, problem: { code, args, location }, locate: () => location });
    const who = named ? `payee "${payee}"` : `payee ${payee}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fail('PP6002', { where: who, field: 'the payee', expected: 'a record with `payee` and `periods`', value: shown(raw) });
    }
    const entry = raw as Record<string, unknown>;
    if (entry.payee !== undefined && typeof entry.payee !== 'string') {
      return fail('PP6002', { where: who, field: 'payee', expected: 'text', value: shown(entry.payee) });
    }
    if (entry.periods === undefined || entry.periods === null) return fail('PP6001', { where: who, field: 'periods' });
    const periods = entry.periods;
    if (typeof periods === 'object' && (Array.isArray(periods) ? periods.length === 0 : Object.keys(periods).length === 0)) {
      // No period at all would pay a statement of $0.00: surely a mistake in the data.
      return fail('PP6002', { where: who, field: 'periods', expected: 'at least one period, as in `{ "Q1": { … } }`', value: Array.isArray(periods) ? '[]' : '{}' });
    }
    if (parsed.inexact) {
      const found = inexactNumber(entry, who);
      if (found !== null) return fail('PP6014', found);
    }
    return candidate({ payee, data: entry as unknown as PayeeData, problem: null, locate: () => location });
  });
  // The same payee twice is paid neither time: which entry is right cannot be known.
  return withoutDuplicates(candidates, (group) => {
    const same = group.every((c) => c.name === group[0]!.name);
    const notes = (c: Candidate) => [...(same ? [] : [`"${c.name}"`]), ...where.get(c)!];
    return `payees ${andList(group.map((c) => (notes(c).length === 0 ? c.place : `${c.place} (${notes(c).join(', ')})`)))}`;
  });
}

/** A value as shown in an error: its JSON, with an inexact number as written. */
function shown(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof InexactNumber ? v.text : v)) ?? String(value);
}

/** The first number of the payee that cannot be carried exactly, as PP6014's arguments. */
function inexactNumber(entry: Record<string, unknown>, who: string): Record<string, string> | null {
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'periods' && typeof value === 'object' && value !== null) {
      const rows: [string, unknown][] = Array.isArray(value) ? value.map((row, k) => [`period ${k + 1}`, row]) : Object.entries(value);
      for (const [period, row] of rows) {
        const found = findInexact(row, null);
        if (found !== null) return { where: `${who}, ${period}`, ...found };
      }
      continue;
    }
    const found = findInexact(value, key === 'year' ? null : key);
    if (found !== null) return { where: who, ...found };
  }
  return null;
}

/** Field paths as the input readers name them: `quota`, `deals[2].amount` (1-based). */
function findInexact(value: unknown, path: string | null): { field: string; value: string; reason: string } | null {
  if (value instanceof InexactNumber) return { field: path ?? 'the value', value: value.text, reason: value.reason };
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (let k = 0; k < value.length; k++) {
      const found = findInexact(value[k], `${path ?? ''}[${k + 1}]`);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, v] of Object.entries(value)) {
    const found = findInexact(v, path === null ? key : `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}
