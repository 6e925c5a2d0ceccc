/**
 * Runs a file's `test` blocks: evaluates each test's payee data with the reference evaluator and
 * compares every `expect` to the cent. A failed expectation is a PP5001 diagnostic at its `expect`,
 * so editors and CI show it where it was written.
 */
import type { Expect } from '../syntax/ast.js';
import type { CheckedFile, CheckedTest } from '../check/model.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import { D, type Dec } from '../runtime/decimal.js';
import { PayoutError } from '../runtime/errors.js';
import { formatMoney } from '../runtime/format.js';
import type { Statement } from '../runtime/statement.js';
import { constantValue } from '../check/constant.js';
import { evaluate } from './interpret.js';
import { testPayeeData } from './test-data.js';

export interface ExpectationResult {
  readonly expect: Expect;
  readonly label: string;
  readonly expected: string;
  readonly actual: string;
  readonly passed: boolean;
}

export interface TestResult {
  readonly test: CheckedTest;
  readonly name: string;
  readonly passed: boolean;
  readonly expectations: readonly ExpectationResult[];
  /** PP5001 per failed expectation, or one PP5002 when the test could not run. */
  readonly diagnostics: readonly Diagnostic[];
  readonly statement: Statement | null;
}

export function runTests(file: CheckedFile, source: string): TestResult[] {
  return file.tests.filter((t) => t.plan !== null).map((t) => runTest(t, source));
}

function runTest(test: CheckedTest, source: string): TestResult {
  const plan = test.plan!;
  let statement: Statement;
  try {
    statement = evaluate(plan, source, testPayeeData(test.decl, plan, source));
  } catch (error) {
    if (!(error instanceof PayoutError)) throw error;
    const reason = createDiagnostic(error.code as DiagnosticCode, test.decl.name.span, error.args).message;
    const diagnostic = createDiagnostic('PP5002', test.decl.name.span, { reason });
    return { test, name: test.name, passed: false, expectations: [], diagnostics: [diagnostic], statement: null };
  }
  const expectations = test.decl.expects.map((e) => check(e, statement));
  const diagnostics = expectations.filter((r) => !r.passed).map(failedExpectation);
  return { test, name: test.name, passed: diagnostics.length === 0, expectations, diagnostics, statement };
}

function check(e: Expect, statement: Statement): ExpectationResult {
  const line = e.line.kind === 'String' ? e.line.value : e.line.name;
  const period = e.period?.name ?? null;
  const label = `${period ? `${period} ` : ''}${e.line.kind === 'String' ? `"${line}"` : line}`;
  // The checker has made sure the expected value is a Money literal (perhaps negated).
  const expected = constantValue(e.value)!;
  const actual = actualAmount(statement, line, period);
  return {
    expect: e,
    label,
    expected: formatMoney(expected, statement.currency),
    actual: formatMoney(actual, statement.currency),
    passed: expected.eq(actual),
  };
}

function actualAmount(statement: Statement, line: string, period: string | null): Dec {
  if (period !== null) {
    const p = statement.periods.find((s) => s.period === period);
    if (!p) return new D(0);
    if (line === 'total') return new D(p.total);
    return p.lines.filter((l) => l.name === line).reduce((acc, l) => acc.plus(l.amount), new D(0));
  }
  if (line === 'total') return new D(statement.total);
  return new D(statement.totals.find((t) => t.name === line)?.amount ?? 0);
}

/** A failed `expect`, with the fix that makes it expect what the plan pays (`$52,000.00` → `$52,000`). */
function failedExpectation(r: ExpectationResult): Diagnostic {
  const amount = r.actual.replace(/\.0+$/, '');
  return createDiagnostic('PP5001', r.expect.span, { line: r.label, expected: r.expected, actual: r.actual }, {
    fixes: [{ title: `Expect ${amount}, what the plan pays`, edits: [{ span: r.expect.value.span, newText: amount }] }],
  });
}
