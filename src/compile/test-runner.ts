/**
 * Runs a file's `test` blocks: evaluates each test's payee data with the reference evaluator and
 * compares every `expect` exactly. A failed expectation is a PP5001 (an amount paid) or PP5004 (any
 * other value) diagnostic at its `expect`,
 * so editors and CI show it where it was written.
 */
import type { Expect, Expr } from '../syntax/ast.js';
import type { CheckedFile, CheckedTest } from '../check/model.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import { D, type Dec, sum } from '../runtime/decimal.js';
import { PayoutError } from '../runtime/errors.js';
import { formatMoney, formatNumber, formatPercent } from '../runtime/format.js';
import type { Statement } from '../runtime/statement.js';
import { constantValue } from '../check/constant.js';
import { interpretTraced, type TracedRun } from './interpret.js';
import { lower } from './lower.js';
import type { PayoutProgram } from './ir.js';
import { resolveExpectation, type ExpectTarget } from '../check/expectations.js';
import type { CheckedPlan } from '../check/model.js';
import type { Type } from '../check/types.js';
import type { Value } from '../runtime/inputs.js';
import { testPayeeData } from './test-data.js';

export interface ExpectationResult {
  readonly expect: Expect;
  readonly label: string;
  readonly expected: string;
  readonly actual: string;
  readonly passed: boolean;
  /** The value as the plan would write it, for the fix of a failed expectation; null when it has no exact literal. */
  readonly literal: string | null;
  /** A payout line (an amount paid) or another value of the run. */
  readonly of: 'line' | 'value';
}

export interface TestResult {
  readonly test: CheckedTest;
  readonly name: string;
  readonly passed: boolean;
  readonly expectations: readonly ExpectationResult[];
  /** PP5001 or PP5004 per failed expectation, or one PP5002 when the test could not run. */
  readonly diagnostics: readonly Diagnostic[];
  readonly statement: Statement | null;
}

export function runTests(file: CheckedFile, source: string): TestResult[] {
  return file.tests.filter((t) => t.plan !== null).map((t) => runTest(t, source));
}

function runTest(test: CheckedTest, source: string): TestResult {
  const plan = test.plan!;
  const program = lower(plan, source);
  let run: TracedRun;
  try {
    run = interpretTraced(program, testPayeeData(test.decl, plan, source));
  } catch (error) {
    if (!(error instanceof PayoutError)) throw error;
    const reason = createDiagnostic(error.code as DiagnosticCode, test.decl.name.span, error.args).message;
    const diagnostic = createDiagnostic('PP5002', test.decl.name.span, { reason });
    return { test, name: test.name, passed: false, expectations: [], diagnostics: [diagnostic], statement: null };
  }
  const statement = run.statement;
  const expectations = test.decl.expects.map((e) => check(e, plan, program, run));
  const diagnostics = expectations.filter((r) => !r.passed).map(failedExpectation);
  return { test, name: test.name, passed: diagnostics.length === 0, expectations, diagnostics, statement };
}

function check(e: Expect, plan: CheckedPlan, program: PayoutProgram, run: TracedRun): ExpectationResult {
  const statement = run.statement;
  const line = e.line.kind === 'String' ? e.line.value : e.line.name;
  const period = e.period?.name ?? null;
  const named = e.of ? `${line}(${e.of.name})` : e.line.kind === 'String' ? `"${line}"` : line;
  const label = `${period ? `${period} ` : ''}${named}`;
  const resolved = resolveExpectation(e, plan);
  // The checker has resolved every expectation of a test that runs.
  if ('diagnostic' in resolved) throw new Error(`internal: an unresolved expectation ${label}`);
  const { target, type } = resolved;
  if (target.kind === 'line') {
    // The checker has made sure the expected value is a Money literal (perhaps negated).
    const expected = constantValue(e.value)!;
    const actual = actualAmount(statement, line, period);
    const actualText = formatMoney(actual, statement.currency);
    return { expect: e, label, expected: formatMoney(expected, statement.currency), actual: actualText, passed: expected.eq(actual), literal: actualText.replace(/\.0+$/, ''), of: 'line' };
  }
  // A value without a period is the value in the one period the test pays.
  const k = period === null ? statement.periods.length - 1 : plan.periodNames.indexOf(period);
  const actual = k < 0 || !run.values.has(k) ? null : valueOf(target, plan, program, run, k);
  const expected: Value = expectedValue(e.value, type);
  const show = (v: Value | null) => (v === null ? 'no value (the period is not paid, or the component is gated off)' : shown(v, type, statement.currency, v === expected ? actual : expected));
  const passed = actual !== null && sameValue(expected, actual);
  return { expect: e, label, expected: show(expected), actual: show(actual), passed, literal: actual === null ? null : literalOf(actual, type, statement.currency), of: 'value' };
}

/** How a plan writes a value exactly (`95%`, `$1,250.50`, `true`, `"EMEA"`), or null when no literal is exact (`2/3`). */
function literalOf(v: Value, type: Type, currency: string): string | null {
  if (!(v instanceof D)) return type.kind === 'text' ? JSON.stringify(v) : String(v);
  const exact = (d: Dec) => d.decimalPlaces() <= 10;
  if (type.kind === 'money') return exact(v) ? formatMoney(v, currency).replace(/\.0+$/, '') : null;
  if (type.kind === 'percent') return exact(v.times(100)) ? `${v.times(100).toFixed()}%` : null;
  return exact(v) ? v.toFixed() : null;
}

/** The value an expectation names, in period k of the run. */
function valueOf(target: ExpectTarget, plan: CheckedPlan, program: PayoutProgram, run: TracedRun, k: number): Value | null {
  switch (target.kind) {
    case 'line':
      return null;
    case 'let':
      return run.read({ op: 'let', unit: 'number', index: program.lets.findIndex((l) => l.name === target.info.name) }, k);
    case 'input':
      return run.read({ op: 'input', unit: 'number', name: target.info.name }, k);
    case 'fact':
      return plan.ote!.times(plan.mix![target.fact]);
    case 'measure': {
      const v = run.values.get(k)!.components[target.component]!;
      const base = v.base ?? (v.deals ? sum(v.deals.map((d) => d.base)) : null);
      switch (target.measure) {
        case 'attainment':
          return v.attainment;
        case 'target':
          return v.target;
        case 'base':
          return base;
        case 'rate': {
          const earned = run.earned.get(`${k}:${target.component}`);
          return earned === undefined || base === null || base.isZero() ? null : earned.div(base);
        }
      }
    }
  }
}

/** The expected value as the run would hold it: a quantity exactly, text, dates and members as written. */
function expectedValue(e: Expr, type: Type): Value {
  if (e.kind === 'Paren') return expectedValue(e.inner, type);
  switch (type.kind) {
    case 'bool':
    case 'text':
    case 'date':
      return (e as { value: string | boolean }).value;
    case 'enum':
      return (e as { name: string }).name;
    default:
      return constantValue(e)!;
  }
}

function sameValue(a: Value, b: Value): boolean {
  return a instanceof D && b instanceof D ? a.eq(b) : a === b;
}

/**
 * A value as the test report shows it: a quantity as the plan writes it, and exactly when that
 * would hide the difference from the other side (`66.67%` against `66.6666…%`).
 */
function shown(v: Value, type: Type, currency: string, other: Value | null): string {
  if (!(v instanceof D)) return String(v);
  const display = type.kind === 'money' ? formatMoney(v, currency) : type.kind === 'percent' ? formatPercent(v) : formatNumber(v);
  const otherDisplay = other instanceof D ? (type.kind === 'money' ? formatMoney(other, currency) : type.kind === 'percent' ? formatPercent(other) : formatNumber(other)) : null;
  if (otherDisplay === display && !v.eq(other as Dec)) return `${display} (exactly ${type.kind === 'percent' ? `${v.times(100).toFixed()}%` : v.toFixed()})`;
  return display;
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
  const literal = r.literal;
  return createDiagnostic(r.of === 'line' ? 'PP5001' : 'PP5004', r.expect.span, { line: r.label, expected: r.expected, actual: r.actual }, literal === null ? {} : {
    fixes: [{ title: `Expect ${literal}, what the plan ${r.of === 'line' ? 'pays' : 'computes'}`, edits: [{ span: r.expect.value.span, newText: literal }] }],
  });
}
