/**
 * `payplan check <files|dirs>…`: every diagnostic of every plan file, rendered (the default), as
 * JSON or as SARIF. Exit 1 when any file has an error; warnings alone exit 0.
 */
import { parseArgs } from '../args.js';
import { EXIT_FAILURE, EXIT_INTERNAL, EXIT_OK, type Context } from '../context.js';
import { diagnosticsText } from '../diagnostics-text.js';
import { collectPlanFiles, planProgram, readPlanText } from '../files.js';
import { checkJson, countBySeverity, gitRoot, hasInternalError, jsonText, plural, sarifLog, type FileDiagnostics } from '../output.js';
import { version } from '../version.js';
import { planReport, type PlanReport } from '../../check/report.js';
import { reportJson, reportText } from '../report.js';
import { UsageError } from '../usage-error.js';

export const options = {
  format: { type: 'string', choices: ['text', 'json', 'sarif'] },
  report: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  strict: { type: 'boolean' },
  'sarif-root': { type: 'string' },
} as const;

interface CheckedFileResult extends FileDiagnostics {
  readonly reports: readonly PlanReport[];
}

function checkFiles(ctx: Context, args: readonly string[]): CheckedFileResult[] {
  return collectPlanFiles(ctx, args).map((f) => {
    const program = planProgram(f.display, readPlanText(ctx, f.path));
    const reports = program.hasErrors ? [] : program.checked.plans.map(planReport);
    return { file: program.file, display: f.display, diagnostics: program.diagnostics, reports };
  });
}

export async function run(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, options);
  const format = args.string('format') ?? 'text';
  const maxWarnings = warningLimit(args.string('max-warnings'), args.flag('strict'));
  const files = checkFiles(ctx, args.positionals);
  const all = files.flatMap((f) => f.diagnostics);
  const { errors, warnings } = countBySeverity(all);

  const report = args.flag('report');
  if (format === 'json') {
    const json = checkJson(files) as Record<string, unknown>[];
    ctx.data(jsonText(report ? json.map((entry, i) => ({ ...entry, reports: files[i]!.reports.map(reportJson) })) : json));
  } else if (format === 'sarif') {
    const root = args.string('sarif-root');
    ctx.data(jsonText(sarifLog(files, version(), ctx.io.cwd, root === undefined ? (gitRoot(ctx.io.cwd) ?? ctx.io.cwd) : ctx.resolve(root))));
  } else {
    for (const f of files) {
      if (f.diagnostics.length > 0) ctx.out(diagnosticsText(f.file, f.diagnostics, f.display, '; `--format json` lists them all'), '');
      if (report) for (const r of f.reports) ctx.out(reportText(r), '');
    }
    ctx.out(`${plural(files.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  }
  if (hasInternalError(all)) return EXIT_INTERNAL;
  const tooManyWarnings = maxWarnings !== null && warnings > maxWarnings.limit;
  if (tooManyWarnings) ctx.err(`payplan check: ${plural(warnings, 'warning')}, ${maxWarnings.why}`);
  return errors > 0 || tooManyWarnings ? EXIT_FAILURE : EXIT_OK;
}

/** `--strict` (no warning allowed) or `--max-warnings N`; null when warnings never fail. */
function warningLimit(max: string | undefined, strict: boolean): { limit: number; why: string } | null {
  if (max !== undefined && !/^\d+$/.test(max.trim())) throw new UsageError(`option \`--max-warnings\` needs a whole number of warnings (0 or more), not \`${max}\``);
  if (strict) return { limit: 0, why: 'and --strict allows none' };
  if (max === undefined) return null;
  const limit = Number(max.trim());
  return { limit, why: `more than the ${limit} allowed by --max-warnings` };
}
