/**
 * Payee data files: JSON (`{ "payees": [PayeeData…] }`) or CSV with one row per payee and period,
 * plus list inputs from their own CSV files. Each payee is assembled on its own, and knows where its
 * rows are, so an error while paying it can be traced to a CSV line or a JSON payee. Only a file
 * that cannot be read at all throws (DataFileError). Used by the CLI and the editor alike.
 */
import { extname } from 'node:path';
import { csvPayees, type ListFile } from './csv-payees.js';
export { ListColumnConflict } from './csv-payees.js';
import type { PayeeEntry } from './entries.js';
import { jsonPayees } from './json-payees.js';

export { DataFileError, type DataProblem, type PayeeEntry, type RowLocation } from './entries.js';
export type { ListFile } from './csv-payees.js';

/** JSON by extension, or by content when the extension says neither. */
export function isJsonData(path: string, text: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.json' || (ext !== '.csv' && /^\s*[{[]/.test(text));
}

/** The payees of one data file, `display` naming it in errors; `perYear` inputs must agree across CSV rows. */
export function payeesOf(display: string, text: string, json: boolean, lists: readonly ListFile[], perYear: ReadonlySet<string>): PayeeEntry[] {
  return json ? jsonPayees(display, text) : csvPayees(display, text, lists, perYear);
}
