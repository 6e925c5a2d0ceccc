/** JSON payee data: `{ "payees": [PayeeData…] }`, each payee checked to be a record with periods. */
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import type { PayeeData } from '../runtime/payee.js';
import { andList, withoutDuplicates, type Candidate } from './duplicates.js';
import { DataFileError, type PayeeEntry, type RowLocation } from './entries.js';

export function jsonPayees(file: string, text: string): PayeeEntry[] {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(file, `it is not valid JSON (${(error as Error).message})`);
  }
  const payees = typeof root === 'object' && root !== null && !Array.isArray(root) ? (root as { payees?: unknown }).payees : undefined;
  if (!Array.isArray(payees)) throw new DataFileError(file, 'it should be an object with a `payees` list, as in `{ "payees": [ … ] }`');
  const candidates = payees.map((raw, i): Candidate => {
    const named = typeof raw === 'object' && raw !== null && typeof (raw as { payee?: unknown }).payee === 'string';
    const payee = named ? (raw as { payee: string }).payee : `#${i + 1}`;
    const location: RowLocation = { file, line: null, label: `${file} (payee ${named ? `"${payee}"` : payee})` };
    const candidate = (entry: PayeeEntry): Candidate => ({ entry, name: named ? payee : null, place: `#${i + 1}`, location });
    const fail = (code: DiagnosticCode, args: Record<string, string>): Candidate =>
      candidate({ payee, data: null, problem: { code, args, location }, locate: () => location });
    const who = named ? `payee "${payee}"` : `payee ${payee}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fail('PP6002', { where: who, field: 'the payee', expected: 'a record with `payee` and `periods`', value: JSON.stringify(raw) });
    }
    const entry = raw as Record<string, unknown>;
    if (entry.payee !== undefined && typeof entry.payee !== 'string') {
      return fail('PP6002', { where: who, field: 'payee', expected: 'text', value: JSON.stringify(entry.payee) });
    }
    if (entry.periods === undefined || entry.periods === null) return fail('PP6001', { where: who, field: 'periods' });
    return candidate({ payee, data: entry as unknown as PayeeData, problem: null, locate: () => location });
  });
  // The same payee twice is paid neither time: which entry is right cannot be known.
  return withoutDuplicates(candidates, (group) => {
    const same = group.every((c) => c.name === group[0]!.name);
    return `payees ${andList(group.map((c) => (same ? c.place : `${c.place} ("${c.name}")`)))}`;
  });
}
