/**
 * `payplan test <files|dirs>…`: checks each file, then runs its `test` blocks. Prints `✓ name` or
 * `✗ name` per test with each failed expectation, and ends with `N passed, N failed` (counting
 * test blocks). A file with check errors cannot run: its errors are printed and its tests count as
 * failed. Exit 1 on any failure.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { Program } from '../../program.js';
import type { SourceFile } from '../../text/source-file.js';
import { parseArgs } from '../args.js';
import { EXIT_FAILURE, EXIT_INTERNAL, EXIT_OK, type Context } from '../context.js';
import { diagnosticsText } from '../diagnostics-text.js';
import { collectPlanFiles, readPlanText } from '../files.js';
import { diagnosticJson, hasInternalError, jsonText } from '../output.js';

export const options = {
  format: { type: 'string', choices: ['text', 'json'] },
} as const;

interface TestOutcome {
  readonly name: string;
  readonly passed: boolean;
  /** Failed expectations (PP5001) or why the test could not run (PP5002). */
  readonly failures: readonly Diagnostic[];
}

interface FileOutcome {
  readonly file: SourceFile;
  readonly display: string;
  /** The file's errors when it could not be run; empty otherwise. */
  readonly errors: readonly Diagnostic[];
  readonly tests: readonly TestOutcome[];
}

function testFile(program: Program): Pick<FileOutcome, 'errors' | 'tests'> {
  const errors = program.hasErrors ? program.diagnostics.filter((d) => d.severity === 'error') : program.tests.internal ? [program.tests.internal] : [];
  if (errors.length > 0) return { errors, tests: program.checked.tests.map((t) => ({ name: t.name, passed: false, failures: [] })) };
  return { errors: [], tests: program.tests.results.map((r) => ({ name: r.name, passed: r.passed, failures: r.diagnostics })) };
}

export async function run(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, options);
  const outcomes: FileOutcome[] = collectPlanFiles(ctx, args.positionals).map((f) => {
    const program = new Program(f.display, readPlanText(ctx, f.path));
    return { file: program.file, display: f.display, ...testFile(program) };
  });
  const tests = outcomes.flatMap((o) => o.tests);
  const passed = tests.filter((t) => t.passed).length;
  const failed = tests.length - passed;
  const ok = failed === 0 && outcomes.every((o) => o.errors.length === 0);

  if (args.string('format') === 'json') {
    ctx.data(
      jsonText({
        files: outcomes.map((o) => ({
          file: o.display,
          errors: o.errors.map((d) => diagnosticJson(o.file, d)),
          tests: o.tests.map((t) => ({ name: t.name, passed: t.passed, failures: t.failures.map((d) => diagnosticJson(o.file, d)) })),
        })),
        passed,
        failed,
      }),
    );
  } else {
    for (const o of outcomes) printFile(ctx, o);
    ctx.out(`${passed} passed, ${failed} failed`);
  }
  const internal = outcomes.some((o) => hasInternalError(o.errors) || o.tests.some((t) => hasInternalError(t.failures)));
  return internal ? EXIT_INTERNAL : ok ? EXIT_OK : EXIT_FAILURE;
}

function printFile(ctx: Context, o: FileOutcome): void {
  ctx.out(o.display);
  if (o.errors.length > 0) {
    ctx.out(indent(diagnosticsText(o.file, o.errors, o.display), '  '));
    if (o.tests.length > 0) ctx.out('');
    const reason = o.errors.some((d) => d.code === 'PP9001') ? 'the tests could not be run' : 'the file has errors';
    ctx.out(...o.tests.map((t) => `  ✗ ${t.name} (not run: ${reason})`));
  } else if (o.tests.length === 0) {
    ctx.out('  (no tests)');
  } else {
    for (const t of o.tests) {
      ctx.out(`  ${t.passed ? '✓' : '✗'} ${t.name}`);
      if (t.failures.length > 0) ctx.out(indent(diagnosticsText(o.file, t.failures, o.display), '    '));
    }
  }
  ctx.out('');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `${prefix}${line}`))
    .join('\n');
}
