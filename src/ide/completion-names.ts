/**
 * The names completion offers from the plan's types: local variables bound in the current item,
 * the enums and their members, and the fields after `x.` (of a record, an enum, or `period`).
 */
import type { CheckedPlan } from '../check/model.js';
import { typeName, type Type } from '../check/types.js';
import type { CompletionItem } from './completion.js';
import type { CompletionContext } from './completion-context.js';

/** `for d in`, `per d in`, `count(d in`: the names bound in the current item. */
export function localsInItem(item: readonly string[]): string[] {
  const names: string[] = [];
  item.forEach((word, i) => {
    if (item[i + 1] === 'in' && (item[i - 1] === 'for' || item[i - 1] === 'per' || item[i - 1] === '(')) names.push(word);
  });
  return names;
}

export function enumsOf(plan: CheckedPlan): { name: string; members: readonly string[] }[] {
  const out = new Map<string, readonly string[]>();
  for (const e of plan.enums.values()) out.set(e.name, e.members);
  const visit = (t: Type) => {
    if (t.kind === 'enum') out.set(t.name, t.members);
    if (t.kind === 'list') visit(t.element);
  };
  for (const r of plan.records.values()) for (const f of r.fields.values()) visit(f.type);
  for (const i of plan.inputs) visit(i.type);
  return [...out].map(([name, members]) => ({ name, members }));
}

/** After `x.`: the fields of x's record, the members of an enum, or `period`'s fields. */
export function memberItems(ctx: CompletionContext, plan: CheckedPlan | null): CompletionItem[] {
  if (!plan) return [];
  const chain: string[] = [];
  const words = ctx.item;
  let i = words.length - 1;
  while (i >= 1 && words[i] === '.') {
    chain.unshift(words[i - 1]!);
    i -= 2;
  }
  const [head, ...rest] = chain;
  if (head === undefined) return [];
  const enumType = plan.enums.get(head);
  if (enumType && rest.length === 0) return enumType.members.map((m) => ({ label: m, kind: 'member', detail: enumType.name }));
  let type: Type | null = headType(head, words, plan);
  for (const field of rest) type = type?.kind === 'record' ? (type.fields.get(field)?.type ?? null) : null;
  if (type?.kind !== 'record') return [];
  return [...type.fields.values()].map((f) => ({ label: f.name, kind: 'field', detail: typeName(f.type) }));
}

function headType(name: string, words: readonly string[], plan: CheckedPlan): Type | null {
  if (name === 'period') return { kind: 'record', name: 'period', fields: new Map([['start', { name: 'start', type: { kind: 'date' }, default: null }], ['end', { name: 'end', type: { kind: 'date' }, default: null }], ['number', { name: 'number', type: { kind: 'count' }, default: null }]]) };
  const at = words.findIndex((w, i) => w === name && words[i + 1] === 'in' && (words[i - 1] === 'for' || words[i - 1] === 'per' || words[i - 1] === '('));
  if (at >= 0) {
    const list = words[at + 2];
    const t = list === undefined ? null : headType(list, [], plan);
    return t?.kind === 'list' ? t.element : null;
  }
  const input = plan.inputs.find((i) => i.name === name);
  if (input) return input.type;
  return plan.lets.find((l) => l.name === name)?.type ?? null;
}
