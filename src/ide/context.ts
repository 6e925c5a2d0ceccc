/** Where a node stands: its plan, component and commission, as the checker saw them. */
import type { CheckedPlan, ComponentInfo } from '../check/model.js';
import { typeName, type Type } from '../check/types.js';
import type { CommissionItem } from '../syntax/ast.js';
import type { Node } from './walk.js';
import type { Program } from '../program.js';
import type { Span } from '../text/span.js';
import { enclosing } from './node-at-offset.js';

export interface NodeContext {
  readonly plan: CheckedPlan | null;
  readonly component: ComponentInfo | null;
  readonly commission: CommissionItem | null;
}

export function contextOf(program: Program, path: readonly Node[]): NodeContext {
  const planDecl = enclosing(path, 'Plan');
  const testDecl = enclosing(path, 'Test');
  const plan = planDecl
    ? (program.checked.plans.find((p) => p.decl === planDecl) ?? null)
    : testDecl
      ? (program.checked.tests.find((t) => t.decl === testDecl)?.plan ?? null)
      : null;
  const componentDecl = enclosing(path, 'Component');
  const component = (componentDecl && plan?.components.find((c) => c.decl === componentDecl)) ?? null;
  return { plan, component, commission: enclosing(path, 'Commission') ?? null };
}

/** The source text of a span with runs of white space made single spaces (for one-line display). */
export function sourceOf(program: Program, span: Span): string {
  return program.file.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** A type as a plan's author reads it: an inline enum by its members (`new | renewal`). */
export function typeText(t: Type): string {
  if (t.kind === 'list') return `list of ${typeText(t.element)}`;
  return t.kind === 'enum' && t.name.includes('.') ? t.members.join(' | ') : typeName(t);
}
