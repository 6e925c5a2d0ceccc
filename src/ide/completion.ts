/**
 * Completion in context: the keywords that may stand where the cursor is, the plan's inputs, lets,
 * locals, components, bonuses, record fields after `.`, enum members, currency codes after
 * `currency`, types after `:`, the built-in functions, and snippets for a plan, a component, a tier
 * table and a test. Results are not filtered by the typed prefix: the editor does that, and it
 * replaces `span` (the prefix) with the chosen item.
 */
import type { CheckedPlan } from '../check/model.js';
import { BUILTIN_FUNCTIONS } from '../check/calls.js';
import { typeName } from '../check/types.js';
import { catalog } from '../diagnostics/catalog.js';
import { knownCurrency } from '../runtime/rounding.js';
import type { Program } from '../program.js';
import type { Span } from '../text/span.js';
import { completionContext, type CompletionContext } from './completion-context.js';
import { enumsOf, localsInItem, memberItems } from './completion-names.js';
import { contextOf } from './context.js';
import { AGGREGATIONS } from './hover-symbols.js';
import { nodePathAt, prefixAt } from './node-at-offset.js';
import type { WorkspaceIndex } from './workspace.js';

export type CompletionKind =
  | 'keyword'
  | 'snippet'
  | 'input'
  | 'let'
  | 'local'
  | 'builtin'
  | 'component'
  | 'bonus'
  | 'member'
  | 'field'
  | 'function'
  | 'currency'
  | 'type'
  | 'plan'
  | 'period'
  | 'text';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** What to insert instead of the label; a snippet with `${1:…}` placeholders when `snippet`. */
  readonly insertText?: string;
  readonly snippet?: boolean;
}

export interface CompletionResult {
  /** The text the chosen item replaces: the part of a name already typed. */
  readonly span: Span;
  readonly items: readonly CompletionItem[];
}

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK', 'SGD', 'HKD', 'NZD', 'INR', 'BRL', 'MXN', 'ZAR', 'PLN', 'CZK', 'ILS', 'AED', 'CNY', 'KRW'].filter(knownCurrency);
const TYPES = ['Money', 'Percent', 'Number', 'Count', 'Date', 'Bool', 'Text'];
const EXPRESSION_WORDS = ['if', 'then', 'else', 'and', 'or', 'not', 'of', 'true', 'false'];
const PLAN_ITEMS = ['currency', 'period', 'fiscal year starts', 'ote', 'mix', 'rounding', 'enum', 'record', 'input', 'let', 'component', 'bonus', 'cap', 'floor', 'allow'];
const COMPONENT_ITEMS = ['attainment', 'gate', 'payout', 'payout curve', 'commission', 'cap', 'floor', 'allow'];

const SNIPPETS = {
  plan: { label: 'plan', detail: 'a plan with its header', insertText: 'plan "${1:Name}" {\n  currency ${2:USD}\n  period ${3|year,quarter,month|}\n  ote \\$${4:100,000}\n  mix ${5:50%} base / ${6:50%} variable\n\n  $0\n}' },
  test: { label: 'test', detail: 'a test block', insertText: 'test "${1:what it shows}" {\n  given { ${2} }\n  expect ${3:total} = \\$${4:0}\n}' },
  component: { label: 'component', detail: 'a weighted component with a payout curve', insertText: 'component ${1:Name} weight ${2:100%} {\n  attainment ${3:measure} / ${4:quota}\n  payout curve {\n    below ${5:50%} -> 0%\n    from ${5:50%} below 100% -> linear ${6:50%} to 100%\n    from 100% -> slope ${7:1.5}\n  }\n}' },
  curve: { label: 'payout curve', detail: 'a tier table of attainment → % of target', insertText: 'payout curve {\n  below ${1:50%} -> 0%\n  from ${1:50%} below 100% -> linear ${2:50%} to 100%\n  from 100% -> slope ${3:1.5}\n}' },
  commission: { label: 'commission tiers', detail: 'a marginal commission tier table', insertText: 'commission on ${1:bookings} marginal {\n  up to 100% of ${2:quota} -> ${3:8%}\n  above 100% of ${2:quota} -> ${4:12%}\n}' },
} as const;

function snippet(s: (typeof SNIPPETS)[keyof typeof SNIPPETS]): CompletionItem {
  return { label: s.label, kind: 'snippet', detail: s.detail, insertText: s.insertText, snippet: true };
}

function keywords(words: readonly string[]): CompletionItem[] {
  return words.map((label) => ({ label, kind: 'keyword' }));
}

export function complete(index: WorkspaceIndex, uri: string, offset: number): CompletionResult {
  const program = index.get(uri);
  const { start } = prefixAt(program?.file.text ?? '', offset);
  const span = { start, end: offset };
  if (!program) return { span, items: [] };
  const ctx = completionContext(program, start);
  if (ctx.quiet) {
    const quote = program.file.text.lastIndexOf('"', offset - 1) + 1;
    return { span: { start: quote, end: offset }, items: allowSlugs(program, offset) };
  }
  const plan = planAt(program, start, index);
  return { span, items: dedupe(itemsFor(ctx, plan, program, start, index)) };
}

function dedupe(items: CompletionItem[]): CompletionItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.kind}:${i.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The plan the cursor is in, or the plan a test is for. */
function planAt(program: Program, offset: number, index: WorkspaceIndex): CheckedPlan | null {
  const path = nodePathAt(program.checked.ast, offset);
  const own = contextOf(program, path).plan;
  if (own) return own;
  const test = path.find((n) => n.kind === 'Test');
  if (test?.kind === 'Test' && test.planName) return index.planNamed(test.planName.value, program.file.uri)?.plan ?? null;
  return program.checked.plans.length === 1 ? program.checked.plans[0]! : null;
}

function itemsFor(ctx: CompletionContext, plan: CheckedPlan | null, program: Program, offset: number, index: WorkspaceIndex): CompletionItem[] {
  const item = ctx.item;
  const head = item[0];
  const last = ctx.previous;
  if (last === '.') return memberItems(ctx, plan);
  switch (ctx.block) {
    case 'top':
      if (head === 'test' && last === 'for') return planNames(index);
      if (head === 'test' && item.length === 2) return keywords(['for']);
      return item.length === 0 ? [...keywords(['plan', 'test']), snippet(SNIPPETS.plan), snippet(SNIPPETS.test)] : [];
    case 'plan':
      return planItem(item, ctx, plan, program, offset);
    case 'component':
      if (item.length === 0) return [...keywords(COMPONENT_ITEMS), snippet(SNIPPETS.curve), snippet(SNIPPETS.commission)];
      if (head === 'payout' && item.length === 1) return [...keywords(['curve']), ...expressionItems(ctx, plan, program, offset)];
      if (head === 'commission') return commissionItem(item, ctx, plan, program, offset);
      return expressionItems(ctx, plan, program, offset);
    case 'bands':
      return bandItem(item, ctx, plan, program, offset);
    case 'test':
      if (item.length === 0) return [...keywords(['given', 'expect']), ...periodItems(plan)];
      if (head === 'expect' && (item.length === 1 || (item.length === 2 && /^(FY|Q\d|M\d+)$/.test(item[1]!)))) {
        return [...(item.length === 1 ? periodItems(plan) : []), ...lineItems(plan)];
      }
      return [];
    case 'values':
      if (item.length === 0) return inputItems(plan, true);
      return item.includes(':') ? testValueItems(plan) : [];
    case 'literal':
      if (ctx.blocks.includes('values') || ctx.blocks.includes('test')) return item.includes(':') ? testValueItems(plan) : fieldNameItems(plan);
      return expressionItems(ctx, plan, program, offset);
    case 'record':
      return item.includes(':') && !item.includes('=') ? typeItems(plan, item) : [];
    case 'enum':
      return [];
    case 'paren':
    case 'list':
      if (ctx.blocks.includes('test') || ctx.blocks.includes('values')) return testValueItems(plan);
      return expressionItems(ctx, plan, program, offset);
  }
}

function planItem(item: readonly string[], ctx: CompletionContext, plan: CheckedPlan | null, program: Program, offset: number): CompletionItem[] {
  const head = item[0];
  const last = item[item.length - 1];
  if (item.length === 0) return [...keywords(PLAN_ITEMS), snippet(SNIPPETS.component)];
  switch (head) {
    case 'currency':
      return item.length === 1 ? CURRENCIES.map((c) => ({ label: c, kind: 'currency' as const })) : [];
    case 'period':
      return item.length === 1 ? keywords(['month', 'quarter', 'year']) : [];
    case 'fiscal':
      return item.length === 1 ? keywords(['year']) : item.length === 2 ? keywords(['starts']) : [];
    case 'rounding':
      return item.length === 1 ? keywords(['half-even', 'half-up', 'down', 'up']) : item.length === 2 ? keywords(['to']) : [];
    case 'mix':
      if (item.length === 2) return keywords(['base']);
      if (item.length === 4 && last !== '/') return keywords(['/']);
      if (item.length === 5) return keywords(['variable']);
      return [];
    case 'input':
      return inputItem(item, ctx, plan, program, offset);
    case 'record':
    case 'enum':
    case 'allow':
      return [];
    case 'component':
      if (item.length === 2) return keywords(['weight', 'cumulative']);
      return item[2] === 'weight' && item.length === 4 ? keywords(['cumulative']) : [];
    case 'bonus':
      if (item.length >= 3 && !item.includes('when')) return [...keywords(['when', 'once']), ...expressionItems(ctx, plan, program, offset)];
      return item.length >= 2 ? expressionItems(ctx, plan, program, offset) : [];
    case 'let':
      return item.includes('=') ? expressionItems(ctx, plan, program, offset) : [];
    default:
      return expressionItems(ctx, plan, program, offset);
  }
}

function inputItem(item: readonly string[], ctx: CompletionContext, plan: CheckedPlan | null, program: Program, offset: number): CompletionItem[] {
  const last = item[item.length - 1];
  if (!item.includes(':')) return [];
  if (last === ':' || last === 'of' || last === '|') return last === '|' ? [] : typeItems(plan, item);
  if (last === 'must') return keywords(['be']);
  if (last === 'be') return keywords(['positive', 'non-negative', 'between']);
  if (last === 'per') return keywords(['year']);
  if (item.includes('between')) return item.includes('and') ? expressionItems(ctx, plan, program, offset) : [...keywords(['and']), ...expressionItems(ctx, plan, program, offset)];
  if (item.includes('=')) return [...keywords(['must be']), ...expressionItems(ctx, plan, program, offset)];
  if (item.includes('must')) return [];
  return keywords([...(item.includes('per') ? [] : ['per year']), '=', 'must be']);
}

function typeItems(plan: CheckedPlan | null, item: readonly string[]): CompletionItem[] {
  const declared = plan ? [...plan.enums.keys(), ...plan.records.keys()] : [];
  const list = item[item.length - 1] === 'of' ? [] : keywords(['list of']);
  return [...TYPES.map((label) => ({ label, kind: 'type' as const })), ...declared.map((label) => ({ label, kind: 'type' as const })), ...list];
}

function commissionItem(item: readonly string[], ctx: CompletionContext, plan: CheckedPlan | null, program: Program, offset: number): CompletionItem[] {
  const last = item[item.length - 1];
  if (item.length === 1) return keywords(['on', 'per']);
  if (item[1] === 'per' && !item.includes('on')) {
    if (item.length === 3) return keywords(['in']);
    if (item.length >= 4 && last !== 'in' && last !== 'where') return [...keywords(['where', 'on']), ...expressionItems(ctx, plan, program, offset)];
    return expressionItems(ctx, plan, program, offset);
  }
  if (last === 'on' || last === 'at' || last === 'by') return expressionItems(ctx, plan, program, offset);
  if (last === 'pro') return keywords(['rata']);
  if (item.includes('on') && !item.some((w) => ['at', 'marginal', 'retroactive', 'by', 'pro'].includes(w))) {
    const modes = ['at', 'marginal', 'retroactive', 'by', 'pro rata', ...(item[1] === 'per' && !item.includes('running') ? ['running'] : [])];
    return [...keywords(modes), ...expressionItems(ctx, plan, program, offset)];
  }
  return expressionItems(ctx, plan, program, offset);
}

function bandItem(item: readonly string[], ctx: CompletionContext, plan: CheckedPlan | null, program: Program, offset: number): CompletionItem[] {
  const last = item[item.length - 1];
  if (item.length === 0) return keywords(['below', 'up to', 'from', 'above']);
  if (last === 'up') return keywords(['to']);
  if (last === '->') return [...keywords(['linear', 'slope']), ...expressionItems(ctx, plan, program, offset)];
  if (item.includes('->')) return item.includes('linear') && !item.includes('to') && last !== 'linear' ? keywords(['to']) : [];
  const bound = item.length > 1 && !['below', 'up', 'to', 'from', 'above', 'of'].includes(last ?? '');
  if (bound) return [...((item[0] === 'from' || item[0] === 'above') && !item.slice(1).some((w) => w === 'below' || w === 'up') ? keywords(['below', 'up to']) : []), ...keywords(['->'])];
  return expressionItems(ctx, plan, program, offset);
}

/** Names an expression can use here. */
function expressionItems(ctx: CompletionContext, plan: CheckedPlan | null, program: Program, offset: number): CompletionItem[] {
  if (!plan) return keywords(EXPRESSION_WORDS);
  const items: CompletionItem[] = [];
  const path = nodePathAt(program.checked.ast, offset);
  // A definition cannot use itself.
  const defining = ctx.block === 'plan' || ctx.blocks[ctx.blocks.length - 1] === 'plan' ? (ctx.item[0] === 'let' ? ctx.item[1] : undefined) : undefined;
  for (const local of localsInItem(ctx.item)) items.push({ label: local, kind: 'local' });
  for (const i of plan.inputs) items.push({ label: i.name, kind: 'input', detail: typeName(i.type) });
  for (const l of plan.lets) if (l.name !== defining) items.push({ label: l.name, kind: 'let', detail: typeName(l.type) });
  if (plan.mix) items.push({ label: 'base', kind: 'builtin', detail: `Money (${plan.currency}), per year` }, { label: 'variable', kind: 'builtin', detail: `Money (${plan.currency}), per year` });
  const inComponent = ctx.blocks.includes('component');
  const weighted = contextOf(program, path).component?.weight != null;
  // `target` is the component's target incentive, or the plan's variable in a plan cap, floor or bonus.
  const planTotal = !inComponent && plan.mix !== null && ['cap', 'floor', 'bonus'].includes(ctx.item[0] ?? '');
  if ((inComponent && weighted) || planTotal) items.push({ label: 'target', kind: 'builtin', detail: `Money (${plan.currency}), this ${plan.period}` });
  items.push({ label: 'period', kind: 'builtin', detail: 'the current period' });
  for (const f of BUILTIN_FUNCTIONS) items.push({ label: f.name, kind: 'function', detail: f.signature, documentation: f.doc, insertText: `${f.name}($1)`, snippet: true });
  for (const a of AGGREGATIONS) {
    if (!items.some((i) => i.label === a.name)) items.push({ label: a.name, kind: 'function', detail: a.signature, documentation: a.doc, insertText: `${a.name}($1)`, snippet: true });
  }
  for (const e of enumsOf(plan)) for (const m of e.members) items.push({ label: m, kind: 'member', detail: e.name });
  items.push(...keywords(EXPRESSION_WORDS));
  if (ctx.block === 'paren' && ctx.item.includes('(')) items.push(...keywords(['for', 'in', 'where']));
  return items;
}

function inputItems(plan: CheckedPlan | null, withColon: boolean): CompletionItem[] {
  return (plan?.inputs ?? []).map((i) => ({ label: i.name, kind: 'input' as const, detail: typeName(i.type), ...(withColon ? { insertText: `${i.name}: ` } : {}) }));
}

function fieldNameItems(plan: CheckedPlan | null): CompletionItem[] {
  if (!plan) return [];
  return [...plan.records.values()].flatMap((r) => [...r.fields.values()].map((f) => ({ label: f.name, kind: 'field' as const, detail: `${r.name}.${f.name}: ${typeName(f.type)}`, insertText: `${f.name}: ` })));
}

function testValueItems(plan: CheckedPlan | null): CompletionItem[] {
  if (!plan) return keywords(['true', 'false']);
  return [...enumsOf(plan).flatMap((e) => e.members.map((m) => ({ label: m, kind: 'member' as const, detail: e.name }))), ...keywords(['true', 'false'])];
}

function periodItems(plan: CheckedPlan | null): CompletionItem[] {
  return (plan?.periodNames ?? []).map((p) => ({ label: p, kind: 'period' as const }));
}

function lineItems(plan: CheckedPlan | null): CompletionItem[] {
  if (!plan) return keywords(['total']);
  return [
    ...plan.components.map((c) => ({ label: c.name, kind: 'component' as const })),
    ...plan.bonuses.map((b) => ({ label: `"${b.name}"`, kind: 'bonus' as const })),
    ...keywords(['total']),
  ];
}

function planNames(index: WorkspaceIndex): CompletionItem[] {
  const names = new Set(index.programs().flatMap((p) => p.checked.plans.map((plan) => plan.name)));
  return [...names].map((name) => ({ label: `"${name}"`, kind: 'plan' as const }));
}

/** Inside `allow "…"`: the warnings a plan may declare intended. */
function allowSlugs(program: Program, offset: number): CompletionItem[] {
  const lineStart = program.file.text.lastIndexOf('\n', offset - 1) + 1;
  if (!/^\s*allow\s+"[\w-]*$/.test(program.file.text.slice(lineStart, offset))) return [];
  return Object.values(catalog)
    .filter((entry) => entry.severity === 'warning')
    .map((entry) => ({ label: entry.slug, kind: 'text' as const, detail: entry.message }));
}
