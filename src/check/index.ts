/**
 * Stage 2: syntax → checked plans.
 *
 * In: the parser's SyntaxResult (an AST that may hold Missing nodes where recovery cut the input).
 * Out: a CheckedFile with each plan's facts, side tables of resolved names and expression types,
 * and every syntax and check diagnostic in source order.
 * Always: never throws on user input; checks what it can of a broken file, so a syntax error in
 * one component does not hide a type error in another.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { byPosition, createDiagnostic } from '../diagnostics/diagnostic.js';
import type { SyntaxResult } from '../syntax/index.js';
import type { PlanDecl, TestDecl } from '../syntax/ast.js';
import { checkPlan } from './check-plan.js';
import type { CheckedFile, CheckedPlan } from './model.js';
import { checkTest } from './tests.js';

export function check(syntax: SyntaxResult, source: string): CheckedFile {
  const diagnostics: Diagnostic[] = [...syntax.diagnostics];
  const plans: CheckedPlan[] = [];
  const seen = new Map<string, PlanDecl>();
  for (const item of syntax.ast.items) {
    if (item.kind !== 'Plan') continue;
    const first = seen.get(item.name.value);
    if (first) {
      diagnostics.push(
        createDiagnostic('PP2002', item.name.span, { name: item.name.value }, {
          related: [{ span: first.name.span, message: `plan "${item.name.value}" is first defined here` }],
        }),
      );
    } else seen.set(item.name.value, item);
    plans.push(checkPlan(item, source, diagnostics));
  }
  const testDecls = syntax.ast.items.filter((i): i is TestDecl => i.kind === 'Test');
  checkTestNames(testDecls, diagnostics);
  const tests = testDecls.map((t) => checkTest(t, plans, diagnostics));
  return { ast: syntax.ast, comments: syntax.comments, plans, tests, diagnostics: diagnostics.sort(byPosition) };
}

/** Test results are reported by name, so two tests of one file must not share one. */
function checkTestNames(tests: readonly TestDecl[], diagnostics: Diagnostic[]): void {
  const first = new Map<string, TestDecl>();
  for (const test of tests) {
    const earlier = first.get(test.name.value);
    if (!earlier) {
      first.set(test.name.value, test);
      continue;
    }
    diagnostics.push(
      createDiagnostic('PP2018', test.name.span, { name: test.name.value }, {
        related: [{ span: earlier.name.span, message: `the first test named "${test.name.value}"` }],
      }),
    );
  }
}

export type { CheckedFile, CheckedPlan, CheckedTest, ComponentInfo, InputInfo, LetInfo, Ref } from './model.js';
export type { Type } from './types.js';
export { typeName } from './types.js';
