/**
 * A gate whose condition is fixed by the plan itself always passes (it gates nothing) or never
 * passes (the component never pays): either is a mistake worth a warning.
 */
import type { Expr } from '../../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { constantValue } from '../constant.js';
import type { ComponentInfo } from '../model.js';

export function checkConstantGates(component: ComponentInfo, diagnostics: Diagnostic[]): void {
  for (const gate of component.gates) {
    const value = constantBool(gate);
    if (value === null) continue;
    diagnostics.push(
      createDiagnostic('PP4030', gate.span, value
        ? { result: 'passes', hint: 'compare a measure, as in `grr >= 90%`, or remove the gate' }
        : { result: 'fails, so the component never pays', hint: 'compare a measure, as in `grr >= 90%`' }),
    );
  }
}

/** The value of a condition built only from fixed values, or null when it depends on data. */
function constantBool(e: Expr): boolean | null {
  switch (e.kind) {
    case 'Bool':
      return e.value;
    case 'Paren':
      return constantBool(e.inner);
    case 'Unary': {
      const v = e.op === 'not' ? constantBool(e.operand) : null;
      return v === null ? null : !v;
    }
    case 'Binary': {
      if (e.op === 'and' || e.op === 'or') {
        const [l, r] = [constantBool(e.left), constantBool(e.right)];
        return l === null || r === null ? null : e.op === 'and' ? l && r : l || r;
      }
      const [l, r] = [constantValue(e.left), constantValue(e.right)];
      if (l === null || r === null) return null;
      const order = l.comparedTo(r);
      const results: Partial<Record<string, boolean>> = { '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0, '==': order === 0, '!=': order !== 0 };
      return results[e.op] ?? null;
    }
    default:
      return null;
  }
}
