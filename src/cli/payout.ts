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
import type { Statement } from '../runtime/statement.js';
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

  const result: PayoutRun = { statements: [], payees: [], errors: [], warnings: [] };
  const specs = inputSpecs(program.checked.plans[index]!, source.text);
  for (const entry of entries) {
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
      result.warnings.push(...(statement.warnings ?? []));
    } catch (error) {
      result.errors.push(errorOf(entry, error));
    }
  }
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
