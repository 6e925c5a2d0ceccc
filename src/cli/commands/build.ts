/**
 * `payplan build <plan> [-o outdir]`: writes each plan of the file as an ES module and its `.d.mts`
 * (from the code generator's emitProgram). A file with one plan gives `<basename>.mjs`; a file with
 * several gives one module per plan, named by the plan's slugified name. A file with errors is not
 * built: its diagnostics are printed and nothing is written (exit 1).
 */
import { basename, dirname, extname, join } from 'node:path';
import type { CheckedPlan } from '../../check/model.js';
import { emitProgram } from '../../compile/index.js';
import { parseArgs } from '../args.js';
import { EXIT_FAILURE, EXIT_INTERNAL, EXIT_OK, type Context } from '../context.js';
import { diagnosticsText } from '../diagnostics-text.js';
import { ensureDirectory, writeOutputFile } from '../file-errors.js';
import { planProgram, readInputFile } from '../files.js';
import { countBySeverity, hasInternalError, plural } from '../output.js';
import { UsageError } from '../usage-error.js';

export const options = {
  outdir: { type: 'string', short: 'o' },
} as const;

export async function run(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, options);
  const [planPath, ...extra] = args.positionals;
  if (planPath === undefined) throw new UsageError('give a plan file: `payplan build <plan> [-o outdir]`');
  if (extra.length > 0) throw new UsageError(`build takes one plan file; unexpected \`${extra[0]}\``);
  const source = readInputFile(ctx, planPath);
  const program = planProgram(source.display, source);
  const { ok, modules, diagnostics } = emitProgram(program, { fileName: basename(source.path) });
  if (diagnostics.length > 0) ctx.err(diagnosticsText(program.file, diagnostics), '');
  if (!ok) {
    ctx.err(`${source.display}: ${plural(countBySeverity(diagnostics).errors, 'error')}; nothing was built`);
    return hasInternalError(diagnostics) ? EXIT_INTERNAL : EXIT_FAILURE;
  }

  const plans = program.checked.plans;
  if (plans.length === 0) {
    ctx.err(`${source.display}: the file has no plan to build`);
    return EXIT_FAILURE;
  }
  const outdir = args.string('outdir') === undefined ? dirname(source.path) : ctx.resolve(args.string('outdir')!);
  const names = moduleNames(plans, basename(source.path, extname(source.path)));
  ensureDirectory(ctx, outdir);
  modules.forEach(({ js, dts }, i) => {
    // TypeScript looks for `x.d.mts` beside an imported `x.mjs`.
    for (const [ext, text] of [['.mjs', js], ['.d.mts', dts]] as const) {
      const path = join(outdir, `${names[i]}${ext}`);
      writeOutputFile(ctx, path, text);
      ctx.out(`wrote ${ctx.display(path)}`);
    }
  });
  return EXIT_OK;
}

function moduleNames(plans: readonly CheckedPlan[], base: string): string[] {
  if (plans.length === 1) return [base];
  const used = new Set<string>();
  return plans.map((p) => {
    const slug = slugify(p.name) || 'plan';
    let name = slug;
    for (let n = 2; used.has(name); n++) name = `${slug}-${n}`;
    used.add(name);
    return name;
  });
}

/** `"AE FY2026 (marginal)"` → `ae-fy2026-marginal`. */
function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
