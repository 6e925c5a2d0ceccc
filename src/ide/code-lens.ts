/**
 * Code lenses: on each test, "▶ run test" and its last result ("✓ passed", "✗ 1 failed"); on each
 * weighted component, what it pays at 100% (or its target incentive when that needs data).
 */
import type { Span } from '../text/span.js';
import type { TestOutcome } from './diagnostics.js';
import { annualPayAtTarget, showMoney } from './values.js';
import type { WorkspaceIndex } from './workspace.js';

export const RUN_TEST_COMMAND = 'payplan.runTest';

export interface CodeLens {
  readonly span: Span;
  readonly title: string;
  /** The command a click runs, with its arguments; null for a lens that only informs. */
  readonly command: { readonly name: string; readonly args: readonly unknown[] } | null;
}

export function resultTitle(outcome: TestOutcome): string {
  if (outcome.error !== null) return '✗ could not run';
  if (outcome.passed) return '✓ passed';
  return `✗ ${outcome.failed} failed`;
}

export function codeLenses(index: WorkspaceIndex, uri: string, lastResults: readonly TestOutcome[] = []): CodeLens[] {
  const program = index.get(uri);
  if (!program) return [];
  const out: CodeLens[] = [];
  for (const test of program.checked.tests) {
    const span = test.decl.name.span;
    const run = { name: RUN_TEST_COMMAND, args: [uri, test.name] };
    out.push({ span, title: '▶ run test', command: run });
    const last = lastResults.find((r) => r.name === test.name);
    if (last) out.push({ span, title: resultTitle(last), command: run });
  }
  for (const plan of program.checked.plans) {
    for (const c of plan.components) {
      if (c.annualTarget === null) continue;
      const pays = annualPayAtTarget(c, plan);
      const title = pays === null ? `target incentive ${showMoney(c.annualTarget, plan.currency)} per year` : `pays ${showMoney(pays, plan.currency)} at 100%`;
      out.push({ span: c.decl.name.span, title, command: null });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
