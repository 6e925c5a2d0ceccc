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
import { collectPlanFiles, planProgram, readPlanText } from '../files.js';
import { diagnosticJson, hasInternalError, jsonText } from '../output.js';
import { lineColumnAt } from '../../text/source-file.js';
import { UsageError } from '../usage-error.js';

export const options = {
  format: { type: 'string', choices: ['text', 'json', 'junit'] },
  filter: { type: 'string' },
} as const;

interface TestOutcome {
  readonly name: string;
  /** The 1-based line of its `test`. */
  readonly line: number;
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

function testFile(program: Program, select: ((name: string) => boolean) | undefined): Pick<FileOutcome, 'errors' | 'tests'> {
  const run = select === undefined ? program.tests : program.runTests(select);
  const errors = program.hasErrors ? program.diagnostics.filter((d) => d.severity === 'error') : run.internal ? [run.internal] : [];
  const line = (offset: number) => lineColumnAt(program.file, offset).line + 1;
  if (errors.length > 0) {
    const tests = program.checked.tests.filter((t) => select === undefined || select(t.name));
    return { errors, tests: tests.map((t) => ({ name: t.name, line: line(t.decl.span.start), passed: false, failures: [] })) };
  }
  return { errors: [], tests: run.results.map((r) => ({ name: r.name, line: line(r.test.decl.span.start), passed: r.passed, failures: r.diagnostics })) };
}

/** `--filter PATTERN`: a test runs when its name contains PATTERN, or matches it as a regular expression. */
function nameFilter(pattern: string | undefined): ((name: string) => boolean) | undefined {
  if (pattern === undefined) return undefined;
  let regex: RegExp | null = null;
  try {
    regex = new RegExp(pattern);
  } catch {
    // Not a regular expression (`(50%`): match it as text only.
  }
  return (name) => name.includes(pattern) || (regex !== null && regex.test(name));
}

export async function run(ctx: Context, argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, options);
  const pattern = args.string('filter');
  const select = nameFilter(pattern);
  let outcomes: FileOutcome[] = collectPlanFiles(ctx, args.positionals).map((f) => {
    const program = planProgram(f.display, readPlanText(ctx, f.path));
    return { file: program.file, display: f.display, ...testFile(program, select) };
  });
  if (select !== undefined) {
    // Only the files with a test to run are reported; a pattern that selects nothing is a mistake.
    outcomes = outcomes.filter((o) => o.tests.length > 0);
    if (outcomes.length === 0) throw new UsageError(`no test name matches \`--filter ${pattern}\``);
  }
  const tests = outcomes.flatMap((o) => o.tests);
  const passed = tests.filter((t) => t.passed).length;
  const failed = tests.length - passed;
  const ok = failed === 0 && outcomes.every((o) => o.errors.length === 0);

  const format = args.string('format') ?? 'text';
  if (format === 'junit') ctx.data(junitXml(outcomes));
  else if (format === 'json') {
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

/**
 * JUnit XML, as CI servers read it: one <testsuite> per file and one <testcase> per test block.
 * A failed test has a <failure> (the first message, then every failure rendered); a test that did
 * not run because its file has errors has an <error>, and a file with errors but no tests gets one
 * <testcase name="(the file has errors)">, so a broken file never passes unseen.
 */
function junitXml(outcomes: readonly FileOutcome[]): string {
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  let errors = 0;
  for (const o of outcomes) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    const testcase = (name: string, line: number | null, body: string) => {
      const at = line === null ? '' : ` line="${line}"`;
      cases.push(`    <testcase name="${xml(name)}" classname="${xml(o.display)}" file="${xml(o.display)}"${at}${body === '' ? '/>' : `>\n${body}\n    </testcase>`}`);
    };
    const rendered = (ds: readonly Diagnostic[]) => xml(diagnosticsText(o.file, ds, o.display), true);
    if (o.errors.length > 0) {
      const reason = hasInternalError(o.errors) ? 'not run: the tests could not be run' : 'not run: the file has errors';
      const first = o.errors[0]!;
      const error = `      <error message="${xml(`${reason}: ${first.message}`)}" type="${first.code}">${rendered(o.errors)}</error>`;
      if (o.tests.length === 0) testcase('(the file has errors)', null, error);
      for (const t of o.tests) testcase(t.name, t.line, error);
      suiteErrors += Math.max(1, o.tests.length);
    } else {
      for (const t of o.tests) {
        if (t.passed) testcase(t.name, t.line, '');
        else {
          const first = t.failures[0];
          const message = first === undefined ? 'the test failed' : first.message;
          testcase(t.name, t.line, `      <failure message="${xml(message)}" type="${first?.code ?? 'PP5001'}">${rendered(t.failures)}</failure>`);
          suiteFailures++;
        }
      }
    }
    const count = cases.length;
    total += count;
    failures += suiteFailures;
    errors += suiteErrors;
    const attrs = `name="${xml(o.display)}" tests="${count}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0"`;
    suites.push(count === 0 ? `  <testsuite ${attrs}/>` : `  <testsuite ${attrs}>\n${cases.join('\n')}\n  </testsuite>`);
  }
  const head = `<testsuites name="payplan test" tests="${total}" failures="${failures}" errors="${errors}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('\n')}${suites.length > 0 ? '\n' : ''}</testsuites>\n`;
}

/**
 * Text for an XML attribute (line breaks and tabs as character references, so they survive) or,
 * with `element`, for element content (line breaks kept as they are); characters XML 1.0 forbids
 * become U+FFFD.
 */
function xml(text: string, element = false): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(element ? /[&<>\r]/g : /[&<>"'\n\r\t]/g, (c) => XML_ESCAPES[c]!);
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };
