/**
 * `payplan run <plan> <data>`: pays every payee of the data and prints their statements as JSON,
 * CSV or text. Each payee is paid on its own: a bad row gets an error (code, row, field) on stderr
 * and in the JSON `errors`, and every other payee is still paid. Exit 1 if any payee failed.
 */
import { extname } from 'node:path';
import { renderStatementText } from '../../runtime/statement-text.js';
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
} as const;

export async function run(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, options);
  const [planPath, dataPath, ...extra] = args.positionals;
  if (planPath === undefined || dataPath === undefined) throw new UsageError('give a plan file and a data file: `payplan run <plan> <data>`');
  if (extra.length > 0) throw new UsageError(`unexpected argument \`${extra[0]}\``);
  const output = args.string('output');
  const out = args.string('out') ?? outFromExtension(output) ?? 'text';

  const quiet = args.flag('quiet');
  const progress = quiet ? progressBar({ ...ctx.io, stderrIsTTY: false }) : progressBar(ctx.io);
  let result: ReturnType<typeof payPayees>;
  try {
    result = payPayees(ctx, { planPath, dataPath, planName: args.string('plan'), lists: args.strings('list'), onProgress: progress.update });
  } finally {
    progress.stop();
  }
  if (typeof result === 'number') return result;
  // Warnings are collapsed by kind (one line per unknown field with its row count), even with --quiet.
  ctx.err(...collapsedWarnings(result.warnings));
  printPayeeErrors(ctx, result.errors);

  const text =
    out === 'json' ? jsonText({ statements: result.statements, errors: result.errors.map(errorJson) })
    : out === 'csv' ? statementsCsv(result.statements, result.payees)
    : result.statements.map(renderStatementText).join('\n');
  if (output === undefined) {
    if (out === 'text') ctx.text(text);
    else ctx.data(text);
  } else writeOutputFile(ctx, ctx.resolve(output), text);
  if (!quiet) ctx.err(...summaryLines(result));
  return hasInternalError(result.errors) ? EXIT_INTERNAL : result.errors.length > 0 ? EXIT_FAILURE : EXIT_OK;
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
function statementsCsv(statements: readonly Statement[], payees: readonly string[]): string {
  const rows = [csvRecord(['payee', 'period', 'line', 'kind', 'amount', 'currency'])];
  statements.forEach((s, i) => {
    const payee = textCell(s.payee ?? payees[i] ?? '');
    for (const p of s.periods) {
      for (const line of p.lines) {
        rows.push(csvRecord([payee, textCell(p.period), textCell(line.name), textCell(line.kind), line.amount, textCell(s.currency)]));
      }
    }
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
