/**
 * The data arguments of `run` and `explain` (the data file and `--list name=file.csv`): resolved
 * against the working directory and read, with usage errors for what cannot be; src/data reads the
 * payees out of them.
 */
import { isJsonData, ListColumnConflict, payeesOf, type ListFile, type PayeeEntry } from '../data/index.js';
import { readText } from './read-text.js';
import type { Context } from './context.js';
import { UsageError } from './usage-error.js';

export { DataFileError, type DataProblem, type PayeeEntry, type RowLocation } from '../data/index.js';

export interface DataOptions {
  /** `--list name=file.csv` arguments. */
  readonly lists: readonly string[];
  /** The plan's `per year` inputs: in CSV they are repeated on each row and must agree. */
  readonly perYear: ReadonlySet<string>;
  /** The plan's list inputs: the only names `--list` may give. */
  readonly listInputs: readonly string[];
  /** The plan's name, for messages. */
  readonly plan: string;
}

export function readPayees(ctx: Context, dataArg: string, options: DataOptions): PayeeEntry[] {
  // A list given twice would pay each of its items twice.
  const given = new Map<string, string>();
  for (const arg of options.lists) {
    const name = listName(arg);
    const earlier = given.get(name);
    if (earlier !== undefined) {
      throw new UsageError(`\`--list ${name}\` is given twice (\`--list ${earlier}\` and \`--list ${arg}\`); give each list once, in one file`);
    }
    given.set(name, arg);
    if (!options.listInputs.includes(name)) {
      const lists = options.listInputs.length === 0 ? 'it has no list inputs' : `its list inputs are ${options.listInputs.map((l) => `\`${l}\``).join(', ')}`;
      throw new UsageError(`\`--list ${arg}\`: \`${name}\` is not a list input of plan "${options.plan}" (${lists})`);
    }
  }
  const lists = options.lists.map((arg) => listArgument(ctx, arg));
  const path = ctx.resolve(dataArg);
  const display = ctx.display(path);
  const text = readOrUsage(path, dataArg);
  const json = isJsonData(path, text);
  if (json && lists.length > 0) throw new UsageError('`--list` is for CSV data; in JSON data, give lists inside each period');
  try {
    return payeesOf(display, text, json, lists, options.perYear);
  } catch (error) {
    if (!(error instanceof ListColumnConflict)) throw error;
    throw new UsageError(
      `\`${error.file}\` has a \`${error.list}\` column, but \`${error.list}\` is given by \`--list ${given.get(error.list) ?? error.list}\`; give a list in its own file only, and drop the column`,
    );
  }
}

function readOrUsage(path: string, arg: string): string {
  try {
    return readText(path);
  } catch {
    throw new UsageError(`cannot read \`${arg}\``);
  }
}

function listName(arg: string): string {
  const eq = arg.indexOf('=');
  if (eq <= 0 || eq === arg.length - 1) throw new UsageError(`\`--list ${arg}\` should be \`--list name=file.csv\``);
  return arg.slice(0, eq).trim();
}

function listArgument(ctx: Context, arg: string): ListFile {
  const name = listName(arg);
  const file = arg.slice(arg.indexOf('=') + 1);
  const path = ctx.resolve(file);
  return { name, display: ctx.display(path), text: readOrUsage(path, file) };
}
