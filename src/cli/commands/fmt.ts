/**
 * `payplan fmt <files|dirs>… [--check]`: rewrites plan files in their canonical layout, or with
 * `--check` lists the files that would change (exit 1). A file with syntax errors is reported and
 * left untouched. The formatter (and prettier under it) is loaded only here, so other commands do
 * not pay for it.
 */
import { writeFileSync } from 'node:fs';
import { Program } from '../../program.js';
import { parseArgs } from '../args.js';
import { EXIT_FAILURE, EXIT_OK, type Context } from '../context.js';
import { diagnosticsText } from '../diagnostics-text.js';
import { collectPlanFiles } from '../files.js';
import { readText } from '../read-text.js';
import { plural } from '../output.js';

export const options = {
  check: { type: 'boolean' },
} as const;

export async function run(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, options);
  const check = args.flag('check');
  const files = collectPlanFiles(ctx, args.positionals);
  const { formatPlan } = await import('../../format/format.js');
  const changed: string[] = [];
  let broken = 0;

  for (const f of files) {
    const text = readText(f.path);
    const program = new Program(f.display, text);
    const syntaxErrors = program.syntax.diagnostics.filter((d) => d.severity === 'error');
    if (syntaxErrors.length > 0) {
      ctx.err(diagnosticsText(program.file, syntaxErrors, f.display), '', `${f.display}: not formatted (${plural(syntaxErrors.length, 'syntax error')})`, '');
      broken++;
      continue;
    }
    let formatted: string;
    try {
      formatted = await formatPlan(text, { filepath: f.path });
    } catch (error) {
      ctx.err(`${f.display}: not formatted: ${error instanceof Error ? error.message : String(error)}`);
      broken++;
      continue;
    }
    if (formatted === text) continue;
    changed.push(f.display);
    if (check) ctx.out(f.display);
    else {
      writeFileSync(f.path, formatted);
      ctx.out(`formatted ${f.display}`);
    }
  }

  const unchanged = files.length - changed.length - broken;
  if (check) {
    ctx.out(changed.length === 0 ? `${plural(unchanged, 'file')} already formatted` : `${plural(changed.length, 'file')} would be reformatted, ${unchanged} already formatted`);
  } else {
    ctx.out(`${plural(changed.length, 'file')} formatted, ${unchanged} already formatted`);
  }
  if (broken > 0) ctx.out(`${plural(broken, 'file')} with errors left untouched`);
  return (check && changed.length > 0) || broken > 0 ? EXIT_FAILURE : EXIT_OK;
}
