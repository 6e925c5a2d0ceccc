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
  const used = new Set<AllowItem>();
  const kept = found.filter((d) => {
    const slug = catalog[d.code].slug;
    const inside = all.filter((s) => s.span.start <= d.span.start && d.span.end <= s.span.end);
    const allow = inside.flatMap((s) => s.allows).find((a) => a.slug.value === slug);
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

function hintFor(slug: string): string {
  const byCode = catalog[slug as DiagnosticCode];
  if (byCode && ALLOWABLE.has(byCode.slug)) return `write it by name: \`allow "${byCode.slug}"\``;
  const entry = Object.values(catalog).find((e) => e.slug === slug);
  if (entry) return 'only warnings from the plan analyses can be allowed; an error must be fixed';
  const suggestion = closestName(slug, ALLOWABLE);
  return suggestion === undefined ? `the warnings that can be allowed are ${[...ALLOWABLE].map((s) => `\`${s}\``).join(', ')}` : `did you mean \`${suggestion}\`?`;
}
