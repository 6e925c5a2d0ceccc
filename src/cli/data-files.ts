/**
 * The data arguments of `run` and `explain` (the data file and `--list name=file.csv`): resolved
 * against the working directory and read, with usage errors for what cannot be; src/data reads the
 * payees out of them.
 */
import { isJsonData, payeesOf, type ListFile, type PayeeEntry } from '../data/index.js';
import { readText } from './read-text.js';
import type { Context } from './context.js';
import { UsageError } from './usage-error.js';

export { DataFileError, type DataProblem, type PayeeEntry, type RowLocation } from '../data/index.js';

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
  const json = isJsonData(path, text);
  if (json && lists.length > 0) throw new UsageError('`--list` is for CSV data; in JSON data, give lists inside each period');
  return payeesOf(display, text, json, lists, options.perYear);
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
