/**
 * The outline of a file: each plan with its enums, records, inputs, lets, components and bonuses,
 * and each test. Workspace symbols search the same outline across every file.
 */
import type { Program } from '../program.js';
import type { Span } from '../text/span.js';
import { typeText } from './context.js';
import { inner } from './symbols.js';
import { showMoney } from './values.js';

export type SymbolCategory = 'plan' | 'test' | 'enum' | 'member' | 'record' | 'field' | 'input' | 'let' | 'component' | 'bonus';

export interface DocumentSymbol {
  readonly name: string;
  readonly detail: string;
  readonly category: SymbolCategory;
  /** The whole declaration. */
  readonly span: Span;
  /** Its name. */
  readonly selectionSpan: Span;
  readonly children: readonly DocumentSymbol[];
}

function leaf(name: string, detail: string, category: SymbolCategory, span: Span, selectionSpan: Span, children: DocumentSymbol[] = []): DocumentSymbol {
  return { name, detail, category, span, selectionSpan, children };
}

export function documentSymbols(program: Program): DocumentSymbol[] {
  const checked = program.checked;
  const out: DocumentSymbol[] = [];
  // Each declaration's checked info, found by its AST node: a search of the plan's lists for every
  // item was quadratic on a plan of thousands of inputs, lets and components. The first wins, as `find` did.
  const byDecl = <D, T extends { readonly decl: D }>(list: readonly T[]): Map<D, T> => {
    const map = new Map<D, T>();
    for (const x of list) if (!map.has(x.decl)) map.set(x.decl, x);
    return map;
  };
  const tests = byDecl(checked.tests);
  const plans = byDecl(checked.plans);
  for (const item of checked.ast.items) {
    if (item.kind === 'Test') {
      const plan = tests.get(item)?.plan?.name ?? item.planName?.value;
      out.push(leaf(item.name.value, plan ? `for "${plan}"` : 'test', 'test', item.span, inner(item.name)));
      continue;
    }
    const plan = plans.get(item);
    const inputs = byDecl(plan?.inputs ?? []);
    const lets = byDecl(plan?.lets ?? []);
    const components = byDecl(plan?.components ?? []);
    const children: DocumentSymbol[] = [];
    for (const planItem of item.items) {
      switch (planItem.kind) {
        case 'Enum':
          children.push(leaf(planItem.name.name, 'enum', 'enum', planItem.span, planItem.name.span, planItem.members.map((m) => leaf(m.name, '', 'member', m.span, m.span))));
          break;
        case 'Record': {
          const record = plan?.records.get(planItem.name.name);
          const fields = planItem.fields.map((f) => {
            const type = record?.fields.get(f.name.name)?.type;
            return leaf(f.name.name, type ? typeText(type) : '', 'field', f.span, f.name.span);
          });
          children.push(leaf(planItem.name.name, 'record', 'record', planItem.span, planItem.name.span, fields));
          break;
        }
        case 'Input': {
          const type = inputs.get(planItem)?.type;
          children.push(leaf(planItem.name.name, type ? typeText(type) : '', 'input', planItem.span, planItem.name.span));
          break;
        }
        case 'Let': {
          const type = lets.get(planItem)?.type;
          children.push(leaf(planItem.name.name, type ? typeText(type) : '', 'let', planItem.span, planItem.name.span));
          break;
        }
        case 'Component': {
          const info = components.get(planItem);
          const detail = info?.weight && plan ? `weight ${info.weight.times(100).toString()}%${info.annualTarget ? `, ${showMoney(info.annualTarget, plan.currency)} per year` : ''}` : 'component';
          children.push(leaf(planItem.name.name, detail, 'component', planItem.span, planItem.name.span));
          break;
        }
        case 'Bonus':
          children.push(leaf(planItem.name.value, 'bonus', 'bonus', planItem.span, inner(planItem.name)));
          break;
        default:
          break;
      }
    }
    out.push(leaf(item.name.value, plan ? `${plan.currency}, ${plan.period}ly` : 'plan', 'plan', item.span, inner(item.name), children));
  }
  return out;
}
