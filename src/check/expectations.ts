/**
 * What an `expect` of a test names: a payout line (a component, a bonus, `total`), a let, an input,
 * a plan fact (`base`, `variable`) or a measure of a component (`attainment(Bookings)`,
 * `target(Bookings)`, `rate(NewBusiness)`, `base(NewBusiness)`), and the type its value has. The
 * checker checks each expectation with it and the test runner reads the value it names.
 */
import type { Expect } from '../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { closestName } from './did-you-mean.js';
import type { CheckedPlan, LetInfo, InputInfo } from './model.js';
import { money, PERCENT, type Type } from './types.js';

export type Measure = 'attainment' | 'target' | 'rate' | 'base';

export const MEASURES: Readonly<Record<Measure, string>> = {
  attainment: "the component's attainment",
  target: "the component's target for the period (year to date when it is cumulative)",
  rate: "the commission's effective rate: what it earned ÷ the amount it is paid on",
  base: 'the amount a commission is paid on (summed over the transactions of a per-transaction one)',
};

export type ExpectTarget =
  | { readonly kind: 'line'; readonly name: string }
  | { readonly kind: 'let'; readonly info: LetInfo }
  | { readonly kind: 'input'; readonly info: InputInfo }
  | { readonly kind: 'fact'; readonly fact: 'base' | 'variable' }
  | { readonly kind: 'measure'; readonly measure: Measure; readonly component: number };

export type Resolved = { readonly target: ExpectTarget; readonly type: Type } | { readonly diagnostic: Diagnostic };

/** A plan's names, looked up once per plan rather than searched for every expectation. */
interface Names {
  /** Payout lines: components, bonuses and `total`. */
  readonly lines: ReadonlySet<string>;
  readonly lets: ReadonlyMap<string, LetInfo>;
  readonly inputs: ReadonlyMap<string, InputInfo>;
  /** Each component name's first index. */
  readonly components: ReadonlyMap<string, number>;
  readonly bonuses: ReadonlySet<string>;
}

const namesCache = new WeakMap<CheckedPlan, Names>();

/** The first of each name wins, as a search would find it. */
function firstBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const x of list) if (!map.has(key(x))) map.set(key(x), x);
  return map;
}

export function planNames(plan: CheckedPlan): Names {
  let names = namesCache.get(plan);
  if (!names) {
    const components = new Map<string, number>();
    plan.components.forEach((c, i) => {
      if (!components.has(c.name)) components.set(c.name, i);
    });
    names = {
      lines: new Set([...plan.components.map((c) => c.name), ...plan.bonuses.map((b) => b.name), 'total']),
      lets: firstBy(plan.lets, (l) => l.name),
      inputs: firstBy(plan.inputs, (i) => i.name),
      components,
      bonuses: new Set(plan.bonuses.map((b) => b.name)),
    };
    namesCache.set(plan, names);
  }
  return names;
}

export function resolveExpectation(e: Expect, plan: CheckedPlan): Resolved {
  const moneyType = money(plan.currency);
  const name = e.line.kind === 'String' ? e.line.value : e.line.name;
  if (e.of) return measure(e, name, plan);
  const names = planNames(plan);
  if (names.lines.has(name)) return { target: { kind: 'line', name }, type: moneyType };
  if (e.line.kind === 'Identifier') {
    const info = names.lets.get(name);
    if (info) return { target: { kind: 'let', info }, type: info.type };
    const input = names.inputs.get(name);
    if (input) return { target: { kind: 'input', info: input }, type: input.type };
    if ((name === 'base' || name === 'variable') && plan.ote && plan.mix) return { target: { kind: 'fact', fact: name }, type: moneyType };
  }
  // Lets and inputs first: a lower-case typo is nearer a let than a component of the same letters.
  const known = [...plan.lets.map((l) => l.name), ...plan.inputs.map((i) => i.name), ...plan.components.map((c) => c.name), ...plan.bonuses.map((b) => b.name), 'total'];
  const suggestion = closestName(name, known);
  const replacement = e.line.kind === 'String' ? `"${suggestion}"` : suggestion;
  return {
    diagnostic: createDiagnostic('PP2009', e.line.span, { name }, suggestion === undefined ? {} : {
      help: `did you mean \`${suggestion}\`?`,
      fixes: [{ title: `Change to \`${suggestion}\``, edits: [{ span: e.line.span, newText: replacement! }] }],
    }),
  };
}

function measure(e: Expect, name: string, plan: CheckedPlan): Resolved {
  const of = e.of!;
  if (!(name in MEASURES)) {
    const suggestion = closestName(name, Object.keys(MEASURES));
    return {
      diagnostic: createDiagnostic('PP2019', e.line.span, { name, measures: Object.keys(MEASURES).map((m) => `\`${m}\``).join(', ') }, suggestion === undefined ? {} : {
        fixes: [{ title: `Change to \`${suggestion}\``, edits: [{ span: e.line.span, newText: suggestion }] }],
      }),
    };
  }
  const m = name as Measure;
  const index = planNames(plan).components.get(of.name) ?? -1;
  if (index < 0) {
    const suggestion = closestName(of.name, plan.components.map((c) => c.name));
    return {
      diagnostic: createDiagnostic('PP2009', of.span, { name: of.name }, suggestion === undefined ? {} : {
        help: `did you mean \`${suggestion}\`?`,
        fixes: [{ title: `Change to \`${suggestion}\``, edits: [{ span: of.span, newText: suggestion }] }],
      }),
    };
  }
  const c = plan.components[index]!;
  const has = m === 'attainment' ? c.attainment !== null : m === 'target' ? c.annualTarget !== null : c.rule?.kind === 'Commission';
  if (!has) {
    const why = m === 'attainment' ? 'no attainment' : m === 'target' ? 'no target (it has no weight)' : 'no commission';
    return { diagnostic: createDiagnostic('PP3012', of.span, { measure: m, name: c.name, why }) };
  }
  return { target: { kind: 'measure', measure: m, component: index }, type: m === 'attainment' || m === 'rate' ? PERCENT : money(plan.currency) };
}
