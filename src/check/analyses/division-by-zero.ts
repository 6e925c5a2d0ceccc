/**
 * Division by a value that may be zero: a quota or target input with no `must be positive`
 * constraint can arrive as zero, and then attainment has no value. Reported at the divisor, with a
 * fix that adds the constraint, unless the division sits in the `then` of an `if` that tests the
 * divisor first.
 */
import type { Expr, InputDecl } from '../../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CheckedPlan } from '../model.js';
import { constantValue } from '../constant.js';
import { children } from '../walk.js';

export function checkDivisions(plan: CheckedPlan, roots: readonly Expr[], diagnostics: Diagnostic[]): void {
  const reported = new Set<InputDecl>();
  const visit = (e: Expr, guarded: ReadonlySet<string>): void => {
    if (e.kind === 'If') {
      visit(e.condition, guarded);
      visit(e.then, new Set([...guarded, ...testedNames(e.condition)]));
      visit(e.else, guarded);
      return;
    }
    if (e.kind === 'Binary' && e.op === '/') {
      const input = divisorInput(e.right, plan);
      if (input && !guarded.has(input.name.name) && !positive(input) && !reported.has(input)) {
        reported.add(input);
        diagnostics.push(
          createDiagnostic('PP4025', e.right.span, { name: input.name.name }, {
            fixes: [{ title: `Require \`${input.name.name}\` to be positive`, edits: constraintEdit(input) }],
          }),
        );
      }
    }
    for (const child of children(e)) visit(child, guarded);
  };
  for (const root of roots) visit(root, new Set());
}

/** `quota`, `ytd(quota)` or `(quota)`: the input a division divides by. */
function divisorInput(e: Expr, plan: CheckedPlan): InputDecl | null {
  if (e.kind === 'Paren') return divisorInput(e.inner, plan);
  if (e.kind === 'Call' && e.callee.name === 'ytd' && e.args.length === 1) return divisorInput(e.args[0]!, plan);
  if (e.kind !== 'Name') return null;
  const ref = plan.references.get(e);
  return ref?.kind === 'input' ? ref.input.decl : null;
}

function positive(input: InputDecl): boolean {
  const c = input.constraint;
  if (c?.rule === 'positive') return true;
  return c?.rule === 'between' && (constantValue(c.low)?.gt(0) ?? false);
}

/** Names compared in a condition such as `quota > $0` or `quota != $0 and …`. */
function testedNames(e: Expr): string[] {
  if (e.kind === 'Paren') return testedNames(e.inner);
  if (e.kind === 'Binary' && e.op === 'and') return [...testedNames(e.left), ...testedNames(e.right)];
  if (e.kind === 'Binary' && (e.op === '>' || e.op === '!=' || e.op === '<')) {
    return [e.left, e.right].flatMap((side) => (side.kind === 'Name' ? [side.name] : []));
  }
  return [];
}

function constraintEdit(input: InputDecl) {
  if (input.constraint) return [{ span: input.constraint.span, newText: 'must be positive' }];
  return [{ span: { start: input.span.end, end: input.span.end }, newText: ' must be positive' }];
}
