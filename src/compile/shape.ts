/**
 * The static half of a compiled plan: the runner's PlanShape (names, modes, source texts for the
 * explanations) and the InputSpecs that say how to read data. Plain data, so the code generator can
 * write it into a module verbatim and both back ends read the very same shape.
 */
import type { Band, CommissionItem, Constraint, Expr } from '../syntax/ast.js';
import type { CheckedPlan, ComponentInfo } from '../check/model.js';
import type { RecordType, Type } from '../check/types.js';
import type { ComponentShape, KeyKind, PlanShape, RuleShape } from '../runtime/plan-runner.js';
import type { FieldSpec, InputSpec, ValueType } from '../runtime/inputs.js';

export function planShape(plan: CheckedPlan, source: string): PlanShape {
  const text = (e: { span: { start: number; end: number } }) => source.slice(e.span.start, e.span.end).replace(/\s+/g, ' ');
  return {
    name: plan.name,
    currency: plan.currency,
    periodNames: plan.periodNames,
    rounding: plan.rounding,
    components: plan.components.map((c) => componentShape(c, plan, text)),
    bonuses: plan.bonuses.map((b) => ({ name: b.name, once: b.decl.once, conditionText: b.decl.condition ? text(b.decl.condition) : null })),
  };
}

function componentShape(c: ComponentInfo, plan: CheckedPlan, text: (e: Expr | Band) => string): ComponentShape {
  return {
    name: c.name,
    cumulative: c.decl.cumulative,
    rule: ruleShape(c, plan, text),
    attainmentText: c.attainment ? text(c.attainment) : null,
    gateTexts: c.gates.map(text),
  };
}

function ruleShape(c: ComponentInfo, plan: CheckedPlan, text: (e: Expr | Band) => string): RuleShape {
  const rule = c.rule!;
  switch (rule.kind) {
    case 'Payout':
      return { kind: 'payout', text: text(rule.value) };
    case 'Curve':
      return { kind: 'curve', bandTexts: rule.bands.map(text) };
    case 'Commission': {
      const keyType = rule.key ? plan.types.get(rule.key) : undefined;
      return {
        kind: 'commission',
        mode: rule.mode,
        perDeal: rule.each !== null,
        itemName: itemName(plan, rule),
        running: rule.running,
        bandTexts: rule.bands.map(text),
        baseText: text(rule.base),
        keyText: rule.key ? text(rule.key) : null,
        keyKind: keyKind(keyType),
      };
    }
  }
}

/** A per-transaction item is named by its record type (`Deal 3`), whatever the list is called. */
function itemName(plan: CheckedPlan, rule: CommissionItem): string {
  return itemRecord(plan, rule)?.name ?? 'item';
}

/** Whether a per-transaction item's record carries an `id` to name it by in explanations. */
export function itemHasId(plan: CheckedPlan, rule: CommissionItem): boolean {
  return itemRecord(plan, rule)?.fields.has('id') ?? false;
}

/** The record type of a per-transaction commission's items, when its list holds records. */
function itemRecord(plan: CheckedPlan, rule: CommissionItem): RecordType | null {
  const list = rule.each ? plan.types.get(rule.each.list) : undefined;
  return list?.kind === 'list' && list.element.kind === 'record' ? list.element : null;
}

function keyKind(t: Type | undefined): KeyKind {
  if (t?.kind === 'money') return 'money';
  if (t?.kind === 'percent') return 'percent';
  return 'number';
}

export function inputSpecs(plan: CheckedPlan, source: string): InputSpec[] {
  return plan.inputs.map((i) => ({
    ...fieldSpec(i.name, i.type, i.decl.default, source),
    perYear: i.decl.perYear,
    ...(i.decl.constraint ? { constraint: constraintSpec(i.decl.constraint, source) } : {}),
  }));
}

function constraintSpec(c: Constraint, source: string): NonNullable<FieldSpec['constraint']> {
  if (c.rule !== 'between') return { rule: c.rule };
  return { rule: 'between', low: literal(c.low, source), high: literal(c.high, source) };
}

function fieldSpec(name: string, type: Type, defaultValue: Expr | null, source: string): FieldSpec {
  return { name, type: valueType(type, source), ...(defaultValue ? { default: literal(defaultValue, source) } : {}) };
}

/** A literal as data would write it: `100%`, `$0`, `-5%`, `new`; text without its quotes. */
function literal(e: Expr, source: string): string {
  if (e.kind === 'String') return e.value;
  return source.slice(e.span.start, e.span.end).replace(/\s+/g, '');
}

export function valueType(t: Type, source: string): ValueType {
  switch (t.kind) {
    case 'money':
      return { kind: 'money', currency: t.currency };
    case 'enum':
      return { kind: 'enum', name: t.name, members: t.members };
    case 'list':
      return { kind: 'list', element: valueType(t.element, source) };
    case 'record':
      return {
        kind: 'record',
        name: t.name,
        fields: [...t.fields.values()].map((f) => ({
          name: f.name,
          type: valueType(f.type, source),
          ...(f.default ? { default: literal(f.default, source) } : {}),
          ...(f.constraint ? { constraint: constraintSpec(f.constraint, source) } : {}),
        })),
      };
    case 'error':
      throw new Error('internal: a plan with type errors reached the compiler');
    default:
      return { kind: t.kind };
  }
}
