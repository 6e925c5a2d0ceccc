/**
 * The custom requests behind the editor's commands (the VS Code extension only draws what they
 * answer): `payplan/payoutCurves`, `payplan/runTests` and `payplan/explainPayee`, each over the
 * document's current text. The work is done by src/ide/commands.ts; this converts spans to ranges.
 */
import type { Range } from 'vscode-languageserver/node.js';
import { readFileSync } from 'node:fs';
import { explainPayee, payoutCurves, testReport, type DataText, type ExplainAnswer, type PlanCurves } from '../../src/ide/commands.js';
import { toRange } from '../convert.js';
import { safely } from '../safe.js';
import type { ServerContext } from './context.js';

export const PAYOUT_CURVES_REQUEST = 'payplan/payoutCurves';
export const RUN_TESTS_REQUEST = 'payplan/runTests';
export const EXPLAIN_PAYEE_REQUEST = 'payplan/explainPayee';

export interface DocumentParams {
  readonly uri: string;
}

export interface ExplainParams extends DocumentParams {
  /** An absolute path to the data file (JSON or CSV). */
  readonly dataFile: string;
  /** The payee to explain; left out to list the payees. */
  readonly payee?: string;
  readonly plan?: string;
}

export interface TestsAnswer {
  readonly uri: string;
  readonly error: string | null;
  readonly passed: number;
  readonly failed: number;
  readonly tests: readonly {
    readonly name: string;
    readonly range: Range;
    readonly passed: boolean;
    readonly error: string | null;
    readonly expectations: readonly { readonly label: string; readonly range: Range; readonly expected: string; readonly actual: string; readonly passed: boolean }[];
  }[];
}

export const onPayoutCurves = ({ docs }: ServerContext) => (params: DocumentParams): PlanCurves[] | null => {
  const found = docs.get(params.uri);
  return found ? payoutCurves(found.program) : null;
};

export const onRunTests = ({ docs }: ServerContext) => (params: DocumentParams): TestsAnswer | null => {
  const found = docs.get(params.uri);
  if (!found) return null;
  const report = testReport(found.program);
  return {
    uri: params.uri,
    error: report.error,
    passed: report.passed,
    failed: report.failed,
    tests: report.tests.map((t) => ({
      name: t.name,
      range: toRange(found.doc, t.span),
      passed: t.passed,
      error: t.error,
      expectations: t.expectations.map((e) => ({ label: e.label, range: toRange(found.doc, e.span), expected: e.expected, actual: e.actual, passed: e.passed })),
    })),
  };
};

export const onExplainPayee = ({ docs }: ServerContext) => (params: ExplainParams): ExplainAnswer | null => {
  const found = docs.get(params.uri);
  return found ? explainPayee(found.program, readDataFile(params.dataFile), params.payee, params.plan) : null;
};

/** The data file the editor names, read here: src/ide/ does no file I/O. */
export function readDataFile(path: string): DataText {
  try {
    const text = readFileSync(path, 'utf8');
    return { path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    return { path, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers the three requests on the connection (one line in server.ts). */
export function registerEditorCommands(ctx: ServerContext): void {
  const { connection } = ctx;
  connection.onRequest(PAYOUT_CURVES_REQUEST, safely(connection, 'payout curves', null, onPayoutCurves(ctx)));
  connection.onRequest(RUN_TESTS_REQUEST, safely(connection, 'run tests', null, onRunTests(ctx)));
  connection.onRequest(EXPLAIN_PAYEE_REQUEST, safely(connection, 'explain a payee', null, onExplainPayee(ctx)));
}
