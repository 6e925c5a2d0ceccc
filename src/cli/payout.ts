/**
 * What `run` and `explain` share: load and check the plan, pick the plan to pay, read the payees'
 * data and pay every payee on its own. A payee whose data is bad gets an error naming its row and
 * field; every other payee is still paid. Nothing here computes a payout: CompiledPlan.run does.
 */
import { compileProgram, type CompiledPlan } from '../compile/index.js';
import { inputSpecs } from '../compile/shape.js';
import { overPrecise } from '../data/precision.js';
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import { createDiagnostic } from '../diagnostics/diagnostic.js';
import { PayoutError } from '../runtime/errors.js';
import type { PayeeData } from '../runtime/payee.js';
import type { Statement } from '../runtime/statement.js';
import { D } from '../runtime/decimal.js';
import { EXIT_FAILURE, EXIT_INTERNAL, type Context } from './context.js';
import { diagnosticsText } from './diagnostics-text.js';
import { DataFileError, readPayees, type PayeeEntry, type RowLocation } from './data-files.js';
import { planProgram, readInputFile } from './files.js';
import { countBySeverity, hasInternalError, plural } from './output.js';
import { UsageError } from './usage-error.js';

export interface PayoutOptions {
  readonly planPath: string;
  readonly dataPath: string;
  /** `--plan "Name"`: needed when the file has several plans. */
  readonly planName: string | undefined;
  readonly lists: readonly string[];
  /** Pay only this payee (`explain --payee`). */
  readonly payee?: string;
  /** Called after each payee is paid or fails, with how many are done of how many (the progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface PayeeError {
  readonly payee: string;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly file: string;
  readonly line: number | null;
  readonly field: string | null;
  /** For text output: `data.csv:7` or `data.json (payee "Dana Reyes")`. */
  readonly label: string;
}

export interface PayoutRun {
  readonly statements: Statement[];
  /** The id of each statement's payee, in order: its name, or `#3` for an unnamed third JSON payee. */
  readonly payees: string[];
  /** The data of each statement's payee, in order (`run --carry` reads columns from it). */
  readonly data: PayeeData[];
  readonly errors: PayeeError[];
  readonly warnings: string[];
}

/**
 * Pays every payee of the data; an exit code when the plan has errors or the data file cannot be
 * read at all (already reported on stderr): 1, or 3 when payplan itself failed (PP9001).
 */
export function payPayees(ctx: Context, options: PayoutOptions): PayoutRun | number {
  const source = readInputFile(ctx, options.planPath);
  const program = planProgram(source.display, source);
  const diagnostics = program.diagnostics;
  if (diagnostics.length > 0) ctx.err(diagnosticsText(program.file, diagnostics), '');
  const compiled = compileProgram(program);
  if (!compiled.ok) {
    ctx.err(`${source.display}: ${plural(countBySeverity(diagnostics).errors, 'error')}; nobody was paid`);
    return hasInternalError(diagnostics) ? EXIT_INTERNAL : EXIT_FAILURE;
  }
  const index = choosePlan(compiled.plans, options.planName, source.display);
  const plan = compiled.plans[index]!;
  const perYear = new Set(plan.perYearInputs);
  let entries: PayeeEntry[];
  try {
    entries = readPayees(ctx, options.dataPath, { lists: options.lists, perYear, listInputs: plan.listInputs, plan: plan.name });
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    ctx.err(`${error.file}: error PP6009: ${createDiagnostic('PP6009', { start: 0, end: 0 }, { reason: error.reason }).message}`);
    return EXIT_FAILURE;
  }
  if (options.payee !== undefined) {
    const wanted = options.payee;
    const all = entries;
    entries = all.filter((e) => e.payee === wanted);
    if (entries.length === 0) {
      const names = all.map((e) => `"${e.payee}"`).join(', ') || '(none)';
      throw new UsageError(`no payee named "${wanted}" in \`${options.dataPath}\`; the payees are ${names}`);
    }
  }

  const result: PayoutRun = { statements: [], payees: [], data: [], errors: [], warnings: [] };
  const specs = inputSpecs(program.checked.plans[index]!, source.text);
  let done = 0;
  for (const entry of entries) {
    options.onProgress?.(done++, entries.length);
    if (entry.data === null) {
      const problem = entry.problem!;
      result.errors.push(payeeError(entry.payee, problem.code, problem.args, problem.location));
      continue;
    }
    // A value with more digits than payouts carry would lose its cents at the first sum.
    const tooLong = overPrecise(entry.data, specs, plan.periods);
    if (tooLong !== null) {
      const args = { ...tooLong };
      result.errors.push(payeeError(entry.payee, 'PP6014', args, entry.locate(args)));
      continue;
    }
    try {
      const statement = plan.run(entry.data);
      result.statements.push(statement);
      result.payees.push(entry.payee);
      result.data.push(entry.data);
      result.warnings.push(...(statement.warnings ?? []));
    } catch (error) {
      result.errors.push(errorOf(entry, error));
    }
  }
  options.onProgress?.(done, entries.length);
  return result;
}

function errorOf(entry: PayeeEntry, error: unknown): PayeeError {
  if (error instanceof PayoutError) return payeeError(entry.payee, error.code, error.args, entry.locate(error.args));
  // Never crash on one payee: an internal error is reported for it and the others are still paid.
  const reason = error instanceof Error ? error.message : String(error);
  const location = entry.locate({});
  return payeeError(entry.payee, 'PP9001', { stage: `paying payee "${entry.payee}"`, reason }, location);
}

function payeeError(payee: string, code: DiagnosticCode, args: Readonly<Record<string, string>>, at: RowLocation): PayeeError {
  const message = createDiagnostic(code, { start: 0, end: 0 }, args).message;
  return { payee, code, message, file: at.file, line: at.line, field: args.field ?? null, label: at.label };
}

export function printPayeeErrors(ctx: Context, errors: readonly PayeeError[]): void {
  for (const e of errors) ctx.err(`${e.label}: error ${e.code}: ${e.message}`);
}

export function printWarnings(ctx: Context, warnings: readonly string[]): void {
  for (const w of warnings) ctx.err(`warning PP6010: ${w}`);
}

/**
 * Warnings collapsed by kind: one line per code and field with how many rows it came from, so an
 * unknown column on 5,000 rows is one line, not 5,000 (`run`; `explain` prints each).
 */
export function collapsedWarnings(warnings: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of warnings) {
    const unknown = /: `([^`]+)` is not .* and was ignored$/.exec(w);
    const kind = unknown ? `PP6010 unknown data field \`${unknown[1]}\`` : `PP6010 ${w}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const once = new Map<string, string>();
  for (const w of warnings) {
    const unknown = /: `([^`]+)` is not .* and was ignored$/.exec(w);
    once.set(unknown ? `PP6010 unknown data field \`${unknown[1]}\`` : `PP6010 ${w}`, w);
  }
  // A kind seen once keeps its full line, which names the payee and period.
  return [...counts].map(([kind, n]) => (n === 1 ? `warning PP6010: ${once.get(kind)!}` : `warning ${kind}: ${plural(n, 'row')}`));
}

/** The closing lines of `run`: who was paid, who failed, how many periods, the total per currency. */
export function summaryLines(result: PayoutRun): string[] {
  const periods = result.statements.reduce((n, s) => n + s.periods.length, 0);
  const totals = new Map<string, InstanceType<typeof D>>();
  for (const s of result.statements) totals.set(s.currency, (totals.get(s.currency) ?? new D(0)).plus(s.total));
  const failed = new Set(result.errors.map((e) => e.payee)).size;
  const total = [...totals].map(([currency, sum]) => `${sum.toFixed(Math.max(2, sum.decimalPlaces()))} ${currency}`).join(', ');
  return [`paid ${plural(result.statements.length, 'payee')} (${plural(periods, 'period')}), ${failed} failed; total ${total === '' ? 'nothing' : total}`];
}

function choosePlan(plans: readonly CompiledPlan[], name: string | undefined, file: string): number {
  const names = plans.map((p) => `"${p.name}"`).join(', ');
  if (name === undefined) {
    if (plans.length === 1) return 0;
    if (plans.length === 0) throw new UsageError(`\`${file}\` has no plan`);
    throw new UsageError(`\`${file}\` has several plans; choose one with \`--plan\`: ${names}`);
  }
  const index = plans.findIndex((p) => p.name === name);
  if (index < 0) throw new UsageError(`\`${file}\` has no plan named "${name}"; its plans are ${names}`);
  return index;
}
