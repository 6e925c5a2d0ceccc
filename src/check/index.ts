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
  const tests = syntax.ast.items
    .filter((i): i is TestDecl => i.kind === 'Test')
    .map((t) => checkTest(t, plans, diagnostics));
  return { ast: syntax.ast, comments: syntax.comments, plans, tests, diagnostics: diagnostics.sort(byPosition) };
}

export type { CheckedFile, CheckedPlan, CheckedTest, ComponentInfo, InputInfo, LetInfo, Ref } from './model.js';
export type { Type } from './types.js';
export { typeName } from './types.js';
