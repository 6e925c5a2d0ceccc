/**
 * `allow "slug"` declares that a plan means what a warning would point out (a deliberate cliff, a
 * target paid at a goal other than 100%). An allow in a component covers the warnings inside that
 * component; one in the plan covers the whole plan. Only analysis warnings can be allowed, an allow
 * must name one, and an allow that silences nothing is itself reported, so allows stay honest.
 */
import type { AllowItem, PlanDecl } from '../../syntax/ast.js';
import { catalog, type DiagnosticCode } from '../../diagnostics/catalog.js';
import { createDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../text/span.js';
import { closestName } from '../did-you-mean.js';

const ALLOWABLE: ReadonlySet<string> = new Set(
  (Object.keys(catalog) as DiagnosticCode[]).filter((c) => c.startsWith('PP4') && catalog[c].severity === 'warning').map((c) => catalog[c].slug),
);

interface Scope {
  readonly span: Span;
  readonly allows: readonly AllowItem[];
}

function scopes(plan: PlanDecl): Scope[] {
  const allowsIn = (items: readonly { kind: string }[]) => items.filter((i): i is AllowItem => i.kind === 'Allow');
  const components = plan.items.flatMap((i) => (i.kind === 'Component' ? [{ span: i.span, allows: allowsIn(i.items) }] : []));
  return [...components, { span: plan.span, allows: allowsIn(plan.items) }];
}

/** Reports allows that name no allowable warning (whether or not the analyses ran). */
export function checkAllowNames(plan: PlanDecl, diagnostics: Diagnostic[]): void {
  for (const { allows } of scopes(plan)) {
    for (const allow of allows) {
      const slug = allow.slug.value;
      if (ALLOWABLE.has(slug)) continue;
      diagnostics.push(createDiagnostic('PP2017', allow.slug.span, { slug, hint: hintFor(slug) }));
    }
  }
}

/** The analysis warnings no allow covers; allows that covered nothing are reported. */
export function applyAllows(plan: PlanDecl, found: readonly Diagnostic[]): Diagnostic[] {
  const all = scopes(plan);
  const containing = scopesContaining(all);
  const used = new Set<AllowItem>();
  const kept = found.filter((d) => {
    const slug = catalog[d.code].slug;
    const allow = containing(d.span).flatMap((s) => s.allows).find((a) => a.slug.value === slug);
    if (allow) used.add(allow);
    return !allow;
  });
  for (const { allows } of all) {
    for (const allow of allows) {
      if (!used.has(allow) && ALLOWABLE.has(allow.slug.value)) {
        kept.push(
          createDiagnostic('PP4027', allow.span, { slug: allow.slug.value }, { fixes: [{ title: 'Remove this `allow`', edits: [{ span: allow.span, newText: '' }] }] }),
        );
      }
    }
  }
  return kept;
}

/**
 * The scopes with allows that hold a span, in the order `scopes` gives them (components, then the
 * plan). Components do not overlap and come in source order, so when that holds (it is checked) a
 * binary search finds the one component that can hold a span, instead of testing every scope for
 * every warning.
 */
function scopesContaining(all: readonly Scope[]): (at: Span) => Scope[] {
  const holds = (s: Scope, at: Span) => s.span.start <= at.start && at.end <= s.span.end;
  const withAllows = all.filter((s) => s.allows.length > 0);
  const planScope = all[all.length - 1]!;
  const components = all.slice(0, -1).filter((s) => s.allows.length > 0);
  const plan = planScope.allows.length > 0 ? planScope : null;
  const apart = components.every((s, i) => i === 0 || components[i - 1]!.span.end < s.span.start);
  if (!apart) return (at) => withAllows.filter((s) => holds(s, at));
  return (at) => {
    let lo = 0;
    let hi = components.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (components[mid]!.span.start <= at.start) lo = mid + 1;
      else hi = mid;
    }
    const candidate = components[lo - 1];
    const out = candidate && holds(candidate, at) ? [candidate] : [];
    if (plan && holds(plan, at)) out.push(plan);
    return out;
  };
}

function hintFor(slug: string): string {
  const byCode = catalog[slug as DiagnosticCode];
  if (byCode && ALLOWABLE.has(byCode.slug)) return `write it by name: \`allow "${byCode.slug}"\``;
  const entry = Object.values(catalog).find((e) => e.slug === slug);
  if (entry) return 'only warnings from the plan analyses can be allowed; an error must be fixed';
  const suggestion = closestName(slug, ALLOWABLE);
  return suggestion === undefined ? `the warnings that can be allowed are ${[...ALLOWABLE].map((s) => `\`${s}\``).join(', ')}` : `did you mean \`${suggestion}\`?`;
}
