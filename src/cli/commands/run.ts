/**
 * `payplan run <plan> <data>`: pays every payee of the data and prints their statements as JSON,
 * CSV or text. Each payee is paid on its own: a bad row gets an error (code, row, field) on stderr
 * and in the JSON `errors`, and every other payee is still paid. Exit 1 if any payee failed.
 */
import { extname } from 'node:path';
import { renderStatementText } from '../../runtime/statement-text.js';
import type { PayeeData } from '../../runtime/payee.js';
import type { Statement } from '../../runtime/statement.js';
import { parseArgs } from '../args.js';
import { EXIT_FAILURE, EXIT_INTERNAL, EXIT_OK, type Context } from '../context.js';
import { writeOutputFile } from '../file-errors.js';
import { csvRecord } from '../../data/csv.js';
import { hasInternalError, jsonText } from '../output.js';
import { collapsedWarnings, payPayees, printPayeeErrors, summaryLines, type PayeeError } from '../payout.js';
import { progressBar } from '../progress.js';
import { UsageError } from '../usage-error.js';

export const options = {
  plan: { type: 'string' },
  list: { type: 'string', multiple: true },
  out: { type: 'string', choices: ['json', 'csv', 'text'] },
  output: { type: 'string' },
  quiet: { type: 'boolean' },
  carry: { type: 'string' },
} as const;

export async function run(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, options);
  const [planPath, dataPath, ...extra] = args.positionals;
  if (planPath === undefined || dataPath === undefined) throw new UsageError('give a plan file and a data file: `payplan run <plan> <data>`');
  if (extra.length > 0) throw new UsageError(`unexpected argument \`${extra[0]}\``);
  const output = args.string('output');
  const out = args.string('out') ?? outFromExtension(output) ?? 'text';

  const quiet = args.flag('quiet');
  const carry = carryColumns(args.string('carry'), out);
  const progress = quiet ? progressBar({ ...ctx.io, stderrIsTTY: false }) : progressBar(ctx.io);
  let result: ReturnType<typeof payPayees>;
  try {
    result = payPayees(ctx, { planPath, dataPath, planName: args.string('plan'), lists: args.strings('list'), onProgress: progress.update });
  } finally {
    progress.stop();
  }
  if (typeof result === 'number') return result;
  const carried = new Set(carry);
  for (const column of carry) {
    if (result.data.length > 0 && !result.data.some((d) => hasColumn(d, column))) {
      throw new UsageError(`\`--carry ${column}\`: the data has no column or payee field \`${column}\``);
    }
  }
  // A carried column is used, so it is not reported as ignored.
  const warnings = carried.size === 0 ? result.warnings : result.warnings.filter((w) => !carried.has(/: `([^`]+)` is not .* and was ignored$/.exec(w)?.[1] ?? ''));
  // Warnings are collapsed by kind (one line per unknown field with its row count), even with --quiet.
  ctx.err(...collapsedWarnings(warnings));
  printPayeeErrors(ctx, result.errors);

  const text =
    out === 'json' ? jsonText({ statements: result.statements, errors: result.errors.map(errorJson) })
    : out === 'csv' ? statementsCsv(result.statements, result.payees, carry, result.data)
    : result.statements.map(renderStatementText).join('\n');
  if (output === undefined) {
    if (out === 'text') ctx.text(text);
    else ctx.data(text);
  } else writeOutputFile(ctx, ctx.resolve(output), text);
  if (!quiet) ctx.err(...summaryLines(result));
  return hasInternalError(result.errors) ? EXIT_INTERNAL : result.errors.length > 0 ? EXIT_FAILURE : EXIT_OK;
}

const CSV_COLUMNS = ['payee', 'period', 'line', 'kind', 'amount', 'currency'];

/** `--carry a,b`: the payee-data columns to copy onto every CSV row. */
function carryColumns(arg: string | undefined, out: string): string[] {
  if (arg === undefined) return [];
  if (out !== 'csv') throw new UsageError('`--carry` adds columns to CSV output; use it with `--out csv`');
  const columns = arg.split(',').map((c) => c.trim());
  if (columns.some((c) => c === '')) throw new UsageError(`\`--carry ${arg}\` should be column names separated by commas, as in \`--carry employee_id,region\``);
  for (const [i, c] of columns.entries()) {
    if (CSV_COLUMNS.includes(c)) throw new UsageError(`\`--carry ${c}\`: \`${c}\` is already a column of the output`);
    if (columns.indexOf(c) !== i) throw new UsageError(`\`--carry\` names \`${c}\` twice`);
  }
  return columns;
}

/** The period's row (CSV) or period fields, then the per-year values, then the payee's own fields (JSON). */
function carriedValue(data: PayeeData | undefined, period: string, index: number, column: string): unknown {
  if (data === undefined) return undefined;
  const periods = data.periods as unknown;
  const row = (Array.isArray(periods) ? periods[index] : (periods as Record<string, unknown> | undefined)?.[period]) as Record<string, unknown> | undefined;
  if (row !== undefined && row !== null && Object.hasOwn(row, column)) return row[column];
  if (data.year !== undefined && Object.hasOwn(data.year, column)) return data.year[column];
  const own = data as unknown as Record<string, unknown>;
  return column !== 'periods' && column !== 'year' && Object.hasOwn(own, column) ? own[column] : undefined;
}

function hasColumn(data: PayeeData, column: string): boolean {
  const periods = data.periods as unknown;
  const rows = (Array.isArray(periods) ? periods : Object.values((periods ?? {}) as Record<string, unknown>)) as unknown[];
  return rows.some((r, k) => carriedValue(data, '', k, column) !== undefined || (typeof r === 'object' && r !== null && Object.hasOwn(r, column)));
}

function carriedCell(data: PayeeData | undefined, period: string, index: number, column: string): string {
  const value = carriedValue(data, period, index, column);
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return textCell(JSON.stringify(value));
}

function outFromExtension(output: string | undefined): string | undefined {
  const ext = output === undefined ? '' : extname(output).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : undefined;
}

function errorJson(e: PayeeError) {
  return { payee: e.payee, code: e.code, message: e.message, file: e.file, line: e.line, field: e.field };
}

/**
 * One row per payout line: payee (its id: the name, or `#3` for an unnamed payee), period, line,
 * kind, amount (an exact decimal string) and currency. Text cells are neutralised against
 * spreadsheet formulas; amounts stay numbers.
 */
function statementsCsv(statements: readonly Statement[], payees: readonly string[], carry: readonly string[] = [], data: readonly PayeeData[] = []): string {
  const rows = [csvRecord([...CSV_COLUMNS, ...carry])];
  statements.forEach((s, i) => {
    const payee = textCell(s.payee ?? payees[i] ?? '');
    s.periods.forEach((p, k) => {
      const extra = carry.map((column) => carriedCell(data[i], p.period, k, column));
      for (const line of p.lines) {
        rows.push(csvRecord([payee, textCell(p.period), textCell(line.name), textCell(line.kind), line.amount, textCell(s.currency), ...extra]));
      }
    });
  });
  return rows.join('');
}

/**
 * A text cell that a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return) gets a leading `'`, as OWASP's CSV injection guidance says, so a payee
 * named `=HYPERLINK(…)` is shown, not run. Only text: amounts such as `-120.00` stay numeric.
 */
export function textCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
