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
  for (const item of checked.ast.items) {
    if (item.kind === 'Test') {
      const plan = checked.tests.find((t) => t.decl === item)?.plan?.name ?? item.planName?.value;
      out.push(leaf(item.name.value, plan ? `for "${plan}"` : 'test', 'test', item.span, inner(item.name)));
      continue;
    }
    const plan = checked.plans.find((p) => p.decl === item);
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
          const type = plan?.inputs.find((i) => i.decl === planItem)?.type;
          children.push(leaf(planItem.name.name, type ? typeText(type) : '', 'input', planItem.span, planItem.name.span));
          break;
        }
        case 'Let': {
          const type = plan?.lets.find((l) => l.decl === planItem)?.type;
          children.push(leaf(planItem.name.name, type ? typeText(type) : '', 'let', planItem.span, planItem.name.span));
          break;
        }
        case 'Component': {
          const info = plan?.components.find((c) => c.decl === planItem);
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
