/**
 * Reading payee data for `run` and `explain`: a JSON file (`{ "payees": [PayeeData…] }`) or a CSV
 * file with one row per payee and period, plus list inputs from `--list name=file.csv`. Each payee
 * is assembled on its own: a problem in one payee's rows (a row with the wrong number of cells, two
 * rows for one period, per-year values that disagree) fails that payee only. Only a file that
 * cannot be read at all fails the whole run (DataFileError).
 *
 * Every payee also knows where its rows are, so a PayoutError raised while paying it can be traced
 * back to a CSV line (or, for JSON, to the payee).
 */
import { extname } from 'node:path';
import type { Context } from './context.js';
import { csvPayees, type ListFile } from './data-csv.js';
import { jsonPayees } from './data-json.js';
import type { PayeeEntry } from './data-types.js';
import { readText } from './files.js';
import { UsageError } from './usage-error.js';

export { DataFileError, type DataProblem, type PayeeEntry, type RowLocation } from './data-types.js';

export interface DataOptions {
  /** `--list name=file.csv` arguments. */
  readonly lists: readonly string[];
  /** The plan's `per year` inputs: in CSV they are repeated on each row and must agree. */
  readonly perYear: ReadonlySet<string>;
}

export function readPayees(ctx: Context, dataArg: string, options: DataOptions): PayeeEntry[] {
  const lists = options.lists.map((arg) => listArgument(ctx, arg));
  const path = ctx.resolve(dataArg);
  const display = ctx.display(path);
  const text = readOrUsage(path, dataArg);
  const isJson = extname(path).toLowerCase() === '.json' || (extname(path).toLowerCase() !== '.csv' && /^\s*[{[]/.test(text));
  if (isJson) {
    if (lists.length > 0) throw new UsageError('`--list` is for CSV data; in JSON data, give lists inside each period');
    return jsonPayees(display, text);
  }
  return csvPayees(display, text, lists, options.perYear);
}

function readOrUsage(path: string, arg: string): string {
  try {
    return readText(path);
  } catch {
    throw new UsageError(`cannot read \`${arg}\``);
  }
}

function listArgument(ctx: Context, arg: string): ListFile {
  const eq = arg.indexOf('=');
  if (eq <= 0 || eq === arg.length - 1) throw new UsageError(`\`--list ${arg}\` should be \`--list name=file.csv\``);
  const path = ctx.resolve(arg.slice(eq + 1));
  return { name: arg.slice(0, eq).trim(), display: ctx.display(path), text: readOrUsage(path, arg.slice(eq + 1)) };
}
