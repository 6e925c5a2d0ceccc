/**
 * Dead rules: an input nothing reads is data asked of every payee for nothing; a definition nothing
 * uses is a rule a reader must understand for nothing. Either is usually a name that was meant to
 * be used somewhere and is not.
 */
import { createDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CheckedPlan } from '../model.js';

export function checkUnused(plan: CheckedPlan, diagnostics: Diagnostic[]): void {
  const used = new Set<unknown>();
  for (const ref of plan.references.values()) {
    if (ref.kind === 'input') used.add(ref.input.decl);
    if (ref.kind === 'let') used.add(ref.decl);
  }
  for (const input of plan.inputs) {
    if (used.has(input.decl)) continue;
    diagnostics.push(
      createDiagnostic('PP4026', input.decl.name.span, { kind: 'input', name: input.name }, {
        fixes: [{ title: `Remove input \`${input.name}\``, edits: [{ span: input.decl.span, newText: '' }] }],
      }),
    );
  }
  for (const item of plan.decl.items) {
    if (item.kind !== 'Let' || used.has(item)) continue;
    diagnostics.push(
      createDiagnostic('PP4026', item.name.span, { kind: 'definition', name: item.name.name }, {
        fixes: [{ title: `Remove \`${item.name.name}\``, edits: [{ span: item.span, newText: '' }] }],
      }),
    );
  }
}
