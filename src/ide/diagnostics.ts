/**
 * What an editor shows for a file: its check diagnostics and, when it has no errors, the results of
 * its `test` blocks (a failed expectation is a PP5001 at its `expect`, with a fix that writes in the
 * amount the plan pays). Test outcomes are kept for the code lens.
 */
import { byPosition, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Program } from '../program.js';
import type { Span } from '../text/span.js';

export interface TestOutcome {
  readonly name: string;
  /** The test's name in the source, for code lenses. */
  readonly span: Span;
  readonly passed: boolean;
  /** Failed expectations (0 when the test could not run at all). */
  readonly failed: number;
  readonly total: number;
  /** Why the test could not run, if it could not. */
  readonly error: string | null;
}

export interface FileDiagnostics {
  readonly diagnostics: readonly Diagnostic[];
  /** null when the tests were not run (the file has errors). */
  readonly tests: readonly TestOutcome[] | null;
}

export function diagnose(program: Program): FileDiagnostics {
  const checked = program.diagnostics;
  if (program.hasErrors || program.checked.tests.length === 0) return { diagnostics: checked, tests: program.hasErrors ? null : [] };
  const run = runFileTests(program);
  return { diagnostics: [...checked, ...run.diagnostics].sort(byPosition), tests: run.tests };
}

export function runFileTests(program: Program): { tests: TestOutcome[]; diagnostics: Diagnostic[] } {
  const { results, internal } = program.tests;
  if (internal) return { tests: [], diagnostics: [internal] };
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const tests = results.map((r) => {
      const failed = r.expectations.filter((e) => !e.passed);
      const couldNotRun = r.expectations.length === 0 && r.diagnostics.length > 0;
      return {
        name: r.name,
        span: r.test.decl.name.span,
        passed: r.passed,
        failed: failed.length,
        total: r.expectations.length,
        error: couldNotRun ? (r.diagnostics[0]?.message ?? null) : null,
      };
  });
  return { tests, diagnostics };
}
