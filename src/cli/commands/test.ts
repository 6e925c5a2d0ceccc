/**
 * `payplan test <files|dirs>…`: checks each file, then runs its `test` blocks. Prints `✓ name` or
 * `✗ name` per test with each failed expectation, and ends with `N passed, N failed` (counting
 * test blocks). A file with check errors cannot run: its errors are printed and its tests count as
 * failed. Exit 1 on any failure.
 *
 * `--update` rewrites each failed `expect` whose diagnostic (PP5001, PP5004) carries a fix to expect
 * what the plan pays or computes, formats the file through the formatter, lists the changed lines,
 * then reports the tests as they run on the updated files.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { Program } from '../../program.js';
import type { SourceFile } from '../../text/source-file.js';
import { parseArgs } from '../args.js';
import { EXIT_FAILURE, EXIT_INTERNAL, EXIT_OK, type Context } from '../context.js';
import { diagnosticsText } from '../diagnostics-text.js';
import { writeOutputFile } from '../file-errors.js';
import { collectPlanFiles, planProgram, readPlanText } from '../files.js';
import { diagnosticJson, hasInternalError, jsonText, plural } from '../output.js';
import { lineColumnAt } from '../../text/source-file.js';
import type { DecodedText } from '../../text/utf8.js';
import { UsageError } from '../usage-error.js';

export const options = {
  format: { type: 'string', choices: ['text', 'json', 'junit'] },
  filter: { type: 'string' },
  update: { type: 'boolean' },
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
  readonly path: string;
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
  const outcome = (path: string, display: string, source: DecodedText): FileOutcome => {
    const program = planProgram(display, source);
    return { file: program.file, path, display, ...testFile(program, select) };
  };
  let outcomes: FileOutcome[] = collectPlanFiles(ctx, args.positionals).map((f) => outcome(f.path, f.display, readPlanText(ctx, f.path)));
  if (select !== undefined) {
    // Only the files with a test to run are reported; a pattern that selects nothing is a mistake.
    outcomes = outcomes.filter((o) => o.tests.length > 0);
    if (outcomes.length === 0) throw new UsageError(`no test name matches \`--filter ${pattern}\``);
  }
  const format = args.string('format') ?? 'text';
  // What --update changed, for people: on stdout with the text report, on stderr beside JSON or XML.
  const changes: string[] = [];
  let updateFailed = false;
  if (args.flag('update')) {
    const updated: FileOutcome[] = [];
    let count = 0;
    let files = 0;
    for (const o of outcomes) {
      const update = await updateExpectations(o);
      if (update === null || update.lines.length === 0) {
        if (update !== null) changes.push(`${o.display}`, ...update.unfixable.map((line) => `  ${line}`));
        updated.push(o);
        continue;
      }
      if (update.formatError !== null) {
        updateFailed = true;
        changes.push(`${o.display}: error PP9001: payplan hit an internal error while formatting: ${update.formatError}`, 'please report this with the plan file; the expectations were updated but the file was not formatted');
      }
      writeOutputFile(ctx, o.path, update.text);
      changes.push(`updated ${o.display}`, ...[...update.lines, ...update.unfixable].map((line) => `  ${line}`));
      count += update.lines.length;
      files++;
      updated.push(outcome(o.path, o.display, { text: update.text, bom: false, invalidAt: null }));
    }
    outcomes = updated;
    changes.push(count === 0 ? 'no expectation updated' : `updated ${plural(count, 'expectation')} in ${plural(files, 'file')}`);
  }
  const tests = outcomes.flatMap((o) => o.tests);
  const passed = tests.filter((t) => t.passed).length;
  const failed = tests.length - passed;
  const ok = failed === 0 && outcomes.every((o) => o.errors.length === 0);

  if (format !== 'text') ctx.err(...changes);
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
    if (changes.length > 0) ctx.out(...changes, '');
    ctx.out(`${passed} passed, ${failed} failed`);
  }
  const internal = updateFailed || outcomes.some((o) => hasInternalError(o.errors) || o.tests.some((t) => hasInternalError(t.failures)));
  return internal ? EXIT_INTERNAL : ok ? EXIT_OK : EXIT_FAILURE;
}

/**
 * The file's text with every failed expectation that has a fix rewritten by it, then formatted;
 * null when no expectation failed. `lines` says what changed, one `line: before → after` each;
 * `unfixable` lists the failed expectations no literal can make pass exactly (`2/3`).
 */
async function updateExpectations(o: FileOutcome): Promise<{ text: string; lines: string[]; unfixable: string[]; formatError: string | null } | null> {
  const failed = o.tests.flatMap((t) => t.failures).filter((d) => d.code === 'PP5001' || d.code === 'PP5004');
  const fixed = failed.filter((d) => d.fixes !== undefined && d.fixes.length > 0).sort((a, b) => a.span.start - b.span.start);
  const source = o.file.text;
  const unfixable = failed
    .filter((d) => !fixed.includes(d))
    .map((d) => `${lineColumnAt(o.file, d.span.start).line + 1}: ${oneLine(source.slice(d.span.start, d.span.end))} not updated: no literal writes the value exactly`);
  if (fixed.length === 0) return unfixable.length === 0 ? null : { text: source, lines: [], unfixable, formatError: null };
  let text = '';
  let at = 0;
  const lines: string[] = [];
  for (const d of fixed) {
    const edits = [...d.fixes![0]!.edits].sort((a, b) => a.span.start - b.span.start);
    // Edits stay inside their `expect`, and `expect`s do not overlap; skip one that would.
    if (d.span.start < at || edits.some((e) => e.span.start < d.span.start || e.span.end > d.span.end)) continue;
    let after = '';
    let inside = d.span.start;
    for (const e of edits) {
      after += source.slice(inside, e.span.start) + e.newText;
      inside = e.span.end;
    }
    after += source.slice(inside, d.span.end);
    text += source.slice(at, d.span.start) + after;
    at = d.span.end;
    lines.push(`${lineColumnAt(o.file, d.span.start).line + 1}: ${oneLine(source.slice(d.span.start, d.span.end))} → ${oneLine(after)}`);
  }
  text += source.slice(at);
  try {
    const { formatPlan } = await import('../../format/format.js');
    return { text: await formatPlan(text, { filepath: o.path }), lines, unfixable, formatError: null };
  } catch (error) {
    return { text, lines, unfixable, formatError: error instanceof Error ? error.message : String(error) };
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
