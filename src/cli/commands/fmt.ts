/**
 * `payplan fmt <files|dirs>… [--check] [--diff]`: rewrites plan files in their canonical layout, or with
 * `--check` lists the files that would change (exit 1), or with `--diff` prints a unified diff of
 * what would change (exit 1). A file with syntax errors is reported and
 * left untouched. The formatter (and prettier under it) is loaded only here, so other commands do
 * not pay for it.
 */
import { lineEndingOf } from '../../text/utf8.js';
import { parseArgs } from '../args.js';
import { EXIT_FAILURE, EXIT_INTERNAL, EXIT_OK, type Context } from '../context.js';
import { diagnosticsText } from '../diagnostics-text.js';
import { writeOutputFile } from '../file-errors.js';
import { collectPlanFiles, planProgram, readPlanText } from '../files.js';
import { hasInternalError, plural } from '../output.js';
import { unifiedDiff } from '../unified-diff.js';

export const options = {
  check: { type: 'boolean' },
  diff: { type: 'boolean' },
} as const;

export async function run(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, options);
  // `--diff` shows what would change and, like `--check`, changes nothing.
  const diff = args.flag('diff');
  const check = args.flag('check') || diff;
  const files = collectPlanFiles(ctx, args.positionals);
  const { formatPlan } = await import('../../format/format.js');
  const changed: string[] = [];
  let broken = 0;
  let internal = false;

  for (const f of files) {
    const source = readPlanText(ctx, f.path);
    const text = source.text;
    const program = planProgram(f.display, source);
    const syntaxErrors = program.syntax.diagnostics.filter((d) => d.severity === 'error');
    if (syntaxErrors.length > 0) {
      ctx.err(diagnosticsText(program.file, syntaxErrors, f.display), '', `${f.display}: not formatted (${plural(syntaxErrors.length, 'syntax error')})`, '');
      broken++;
      if (hasInternalError(syntaxErrors)) internal = true;
      continue;
    }
    let formatted: string;
    try {
      // The layout is canonical; the line endings (CRLF stays CRLF) and a byte-order mark are the file's own.
      formatted = await formatPlan(text, { filepath: f.path });
      if (lineEndingOf(text) === '\r\n') formatted = formatted.replace(/\r?\n/g, '\r\n');
    } catch (error) {
      // The file parsed, so the formatter failing on it is a bug in payplan.
      const reason = error instanceof Error ? error.message : String(error);
      ctx.err(`${f.display}: error PP9001: payplan hit an internal error while formatting: ${reason}`, 'please report this with the plan file');
      broken++;
      internal = true;
      continue;
    }
    if (formatted === text) continue;
    changed.push(f.display);
    if (diff) ctx.io.stdout(unifiedDiff(text, formatted, `a/${f.display}`, `b/${f.display}`));
    else if (check) ctx.out(f.display);
    else {
      writeOutputFile(ctx, f.path, source.bom ? `\ufeff${formatted}` : formatted);
      ctx.out(`formatted ${f.display}`);
    }
  }

  const unchanged = files.length - changed.length - broken;
  if (check) {
    const summary = changed.length === 0 ? `${plural(unchanged, 'file')} already formatted` : `${plural(changed.length, 'file')} would be reformatted, ${unchanged} already formatted`;
    // With --diff, standard output is the patch alone (for `git apply`); the summary goes to stderr.
    if (diff) ctx.err(summary);
    else ctx.out(summary);
  } else {
    ctx.out(`${plural(changed.length, 'file')} formatted, ${unchanged} already formatted`);
  }
  if (broken > 0) (diff ? ctx.err.bind(ctx) : ctx.out.bind(ctx))(`${plural(broken, 'file')} with errors left untouched`);
  if (internal) return EXIT_INTERNAL;
  return (check && changed.length > 0) || broken > 0 ? EXIT_FAILURE : EXIT_OK;
}
