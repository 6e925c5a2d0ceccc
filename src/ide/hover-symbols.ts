/** Hovers over names: what each symbol is, its type, its doc comment and, where known, its value. */
import { D } from '../runtime/decimal.js';
import type { Constraint } from '../syntax/ast.js';
import type { CheckedPlan, ComponentInfo, InputInfo } from '../check/model.js';
import { BUILTIN_FUNCTIONS } from '../check/calls.js';
import { typeName } from '../check/types.js';
import type { Node } from './walk.js';
import type { Program } from '../program.js';
import { sourceOf, typeText, type NodeContext } from './context.js';
import { codeBlock, inlineCode, plainText } from './markdown.js';
import { docComment } from './doc-comments.js';
import type { SymbolId } from './symbols.js';
import { walk } from './walk.js';
import {
  annualBase,
  annualPayAtTarget,
  annualVariable,
  derive,
  perYearAndPeriod,
  periodTarget,
  showMoney,
  showValue,
} from './values.js';
import type { WorkspaceIndex } from './workspace.js';

/** Aggregations are syntax, not entries of BUILTIN_FUNCTIONS; they get their own words here. */
export const AGGREGATIONS: readonly { name: string; signature: string; doc: string }[] = [
  { name: 'sum', signature: 'sum(value for x in list where condition)', doc: 'The sum of the values over the list (zero in the plan currency for an empty list)' },
  { name: 'average', signature: 'average(value for x in list where condition)', doc: 'The average of the values over the list (an error at run time for an empty list)' },
  { name: 'min', signature: 'min(value for x in list where condition)', doc: 'The smallest of the values over the list (an error at run time for an empty list)' },
  { name: 'max', signature: 'max(value for x in list where condition)', doc: 'The largest of the values over the list (an error at run time for an empty list)' },
  { name: 'count', signature: 'count(x in list where condition)', doc: 'How many items of the list meet the condition' },
];

const PERIOD_FIELDS: Readonly<Record<string, string>> = {
  start: 'the first day of the current period',
  end: 'the last day of the current period',
  number: 'the number of the current period in the plan year, from 1',
};

const LITERALS = new Set(['Money', 'Percent', 'Number']);

interface Declared {
  readonly program: Program;
  readonly plan: CheckedPlan;
}

export function symbolHover(index: WorkspaceIndex, uri: string, id: SymbolId, ctx: NodeContext, aggregate: boolean): string | null {
  if (id.kind === 'function') return functionHover(id.name, aggregate);
  const found = id.plan === null ? undefined : index.planNamed(id.plan, uri);
  if (!found) return null;
  const d: Declared = { program: found.program, plan: found.plan };
  const plan = d.plan;
  switch (id.kind) {
    case 'plan':
      return planHover(d);
    case 'input': {
      const input = plan.inputs.find((i) => i.name === id.name);
      return input ? inputHover(d, input) : null;
    }
    case 'let': {
      const info = plan.lets.find((l) => l.name === id.name);
      if (!info) return null;
      const parts = [codeBlock(`let ${info.name}: ${typeName(info.type)}`), `= ${inlineCode(sourceOf(d.program, info.decl.value.span))}`];
      const value = derive(info.decl.value, { plan, component: null });
      if (value && !LITERALS.has(info.decl.value.kind)) parts.push(`value: ${showValue(value, plan.currency)}${value.kind === 'money' && usesAnnual(info.decl.value) ? ' per year' : ''}`);
      return withDoc(parts, d, info.decl.span.start);
    }
    case 'component': {
      const component = plan.components.find((c) => c.name === id.name);
      return component ? componentHover(d, component) : null;
    }
    case 'bonus': {
      const bonus = plan.bonuses.find((b) => b.name === id.name);
      if (!bonus) return null;
      const amount = derive(bonus.decl.amount, { plan, component: null });
      const shown = amount?.kind === 'money' ? showMoney(amount.value, plan.currency) : inlineCode(sourceOf(d.program, bonus.decl.amount.span));
      const when = bonus.decl.condition ? ` when ${inlineCode(sourceOf(d.program, bonus.decl.condition.span))}` : '';
      const pays = bonus.decl.once
        ? `pays ${shown} once a year, in the first ${plan.period}${when || ' of the year'}`
        : `pays ${shown} each ${plan.period}${when}`;
      return withDoc([codeBlock(`bonus "${bonus.name}"`), pays], d, bonus.decl.span.start);
    }
    case 'enum': {
      const type = plan.enums.get(id.name);
      const decl = plan.decl.items.find((i) => i.kind === 'Enum' && i.name.name === id.name);
      return type ? withDoc([codeBlock(`enum ${type.name} { ${type.members.join(', ')} }`)], d, decl?.span.start) : null;
    }
    case 'member': {
      const members = enumMembers(plan, id.container ?? '');
      return [codeBlock(`${id.name}: ${id.container}`), `one of ${members.map((m) => (m === id.name ? `**${plainText(m)}**` : plainText(m))).join(' | ')}`].join('\n\n');
    }
    case 'record': {
      const type = plan.records.get(id.name);
      if (!type) return null;
      const fields = [...type.fields.values()].map(
        (f) => `${f.name}: ${typeText(f.type)}${f.default ? ` = ${sourceOf(d.program, f.default.span)}` : ''}${f.constraint ? ` ${sourceOf(d.program, f.constraint.span)}` : ''}`,
      );
      const decl = plan.decl.items.find((i) => i.kind === 'Record' && i.name.name === id.name);
      return withDoc([codeBlock(`record ${type.name} { ${fields.join(', ')} }`)], d, decl?.span.start);
    }
    case 'field': {
      if (id.container === 'period') return [codeBlock(`period.${id.name}: ${id.name === 'number' ? 'Count' : 'Date'}`), PERIOD_FIELDS[id.name] ?? ''].join('\n\n');
      const field = plan.records.get(id.container ?? '')?.fields.get(id.name);
      if (!field) return null;
      const parts = [codeBlock(`${id.container}.${field.name}: ${typeText(field.type)}`)];
      // As an input's hover: the constraint, checked on every value the data gives, then the default.
      const facts: string[] = [];
      if (field.constraint) facts.push(`${constraintFact(d, field.constraint)}, checked on every value the data gives`);
      if (field.default) facts.push(`default ${inlineCode(sourceOf(d.program, field.default.span))} when the data leaves it out`);
      if (facts.length > 0) parts.push(facts.join('; '));
      return parts.join('\n\n');
    }
    case 'local':
      return localHover(d, id);
    case 'builtin':
      return builtinHover(id.name, plan, ctx);
  }
}

function withDoc(parts: string[], d: Declared, declStart: number | undefined): string {
  const doc = declStart === undefined ? null : docComment(d.program, declStart);
  // A doc comment is shown as written, never read as markdown: a plan from elsewhere must not
  // bring live links or images into the editor.
  return [...parts, ...(doc ? [plainText(doc)] : [])].join('\n\n');
}

/** Money derived from `base` or `variable` is annual. */
function usesAnnual(e: Node): boolean {
  let found = false;
  walk(e, (n) => {
    if (n.kind === 'Name' && (n.name === 'base' || n.name === 'variable')) found = true;
  });
  return found;
}

function enumMembers(plan: CheckedPlan, name: string): readonly string[] {
  const declared = plan.enums.get(name);
  if (declared) return declared.members;
  const [record, field] = name.split('.');
  const fieldType = field === undefined ? undefined : plan.records.get(record!)?.fields.get(field)?.type;
  if (fieldType?.kind === 'enum') return fieldType.members;
  const inputType = plan.inputs.find((i) => i.name === name)?.type;
  const element = inputType?.kind === 'list' ? inputType.element : inputType;
  return element?.kind === 'enum' ? element.members : [];
}

function planHover(d: Declared): string {
  const plan = d.plan;
  const paid = plan.period === 'year' ? 'paid yearly' : `paid ${plan.period}ly`;
  const parts = [codeBlock(`plan "${plan.name}"`), `pays in ${plan.currency}, ${paid}`];
  const variable = annualVariable(plan);
  const base = annualBase(plan);
  if (plan.ote && variable && base) {
    parts.push(`OTE ${showMoney(plan.ote, plan.currency)} = base ${showMoney(base, plan.currency)} + variable ${perYearAndPeriod(variable, plan)}`);
  }
  const weighted = plan.components.filter((c) => c.annualTarget !== null);
  if (weighted.length > 0) {
    parts.push(weighted.map((c) => `- ${inlineCode(c.name)}: ${showMoney(c.annualTarget!, plan.currency)} per year`).join('\n'));
  }
  return withDoc(parts, d, plan.decl.span.start);
}

/** `must be positive`, `must be between 0% and 100%`: an input's or a field's constraint, as written. */
function constraintFact(d: Declared, c: Constraint): string {
  return c.rule === 'between' ? `must be between ${plainText(sourceOf(d.program, c.low.span))} and ${plainText(sourceOf(d.program, c.high.span))}` : `must be ${c.rule}`;
}

function inputHover(d: Declared, input: InputInfo): string {
  const decl = input.decl;
  const facts: string[] = [];
  const unit = d.plan.period;
  if (decl.perYear) facts.push(unit === 'year' ? 'given for the year' : `given once a year and spread evenly over the ${unit}s`);
  else facts.push(unit === 'year' ? 'given for the year' : `given each ${unit}`);
  if (decl.constraint) facts.push(constraintFact(d, decl.constraint));
  if (decl.default) facts.push(`default ${inlineCode(sourceOf(d.program, decl.default.span))}`);
  return withDoc([codeBlock(`input ${input.name}: ${typeText(input.type)}${decl.perYear ? ' per year' : ''}`), facts.join('; ')], d, decl.span.start);
}

/** "target incentive = $18,750 per year ($4,687.50 per quarter); pays $18,750 at 100%" */
export function targetLine(component: ComponentInfo, plan: CheckedPlan): string | null {
  if (component.annualTarget === null) return null;
  const pays = annualPayAtTarget(component, plan);
  const line = `target incentive = ${perYearAndPeriod(component.annualTarget, plan)}`;
  return pays === null ? line : `${line}; pays ${showMoney(pays, plan.currency)} at 100%`;
}

function componentHover(d: Declared, component: ComponentInfo): string {
  const decl = component.decl;
  const head = `component ${component.name}${decl.weight ? ` weight ${sourceOf(d.program, decl.weight.span)}` : ''}${decl.cumulative ? ' cumulative' : ''}`;
  const parts = [codeBlock(head)];
  const target = targetLine(component, d.plan);
  if (target) parts.push(target);
  const rule = component.rule;
  if (rule?.kind === 'Commission') {
    const mode = { flat: 'a flat', marginal: 'a marginal', retroactive: 'a retroactive', lookup: 'a looked-up', 'pro-rata': 'a pro rata' }[rule.mode];
    parts.push(`pays ${mode} commission on ${inlineCode(sourceOf(d.program, rule.base.span))}${rule.each ? ', deal by deal' : ''}`);
  } else if (rule?.kind === 'Payout') {
    parts.push(`pays ${inlineCode(sourceOf(d.program, rule.value.span))}`);
  } else if (rule?.kind === 'Curve' && component.attainment) {
    parts.push(`pays on a curve of attainment ${inlineCode(sourceOf(d.program, component.attainment.span))}`);
  }
  const sample = samplePay(d, component);
  if (sample) parts.push(sample);
  for (const gate of component.gates) parts.push(`pays nothing unless ${inlineCode(sourceOf(d.program, gate.span))}`);
  for (const cap of component.caps) {
    const v = derive(cap, { plan: d.plan, component });
    parts.push(`capped at ${inlineCode(sourceOf(d.program, cap.span))}${v?.kind === 'money' ? ` = ${showMoney(v.value, d.plan.currency)} per ${d.plan.period}` : ''}`);
  }
  return withDoc(parts, d, decl.span.start);
}

/**
 * What a commission pays on the sample payee of the plan's first test (the test's own run, so the
 * money is the payout's, not a re-derivation): `in test "Q1 at quota": pays $52,000 in Q1`.
 */
function samplePay(d: Declared, component: ComponentInfo): string | null {
  if (component.rule?.kind !== 'Commission' || d.program.hasErrors) return null;
  const result = d.program.tests.results.find((r) => r.test.plan === d.plan && r.statement !== null);
  if (!result) return null;
  const paid = result.statement!.periods.flatMap((p) =>
    p.lines.filter((l) => l.kind === 'component' && l.name === component.name).map((l) => `${showMoney(new D(l.amount), d.plan.currency)} in ${p.period}`),
  );
  return paid.length === 0 ? null : `in test ${inlineCode(`"${result.name}"`)}: pays ${paid.join(', ')}`;
}

function localHover(d: Declared, id: SymbolId): string | null {
  const start = Number((id.container ?? '').split('@').pop());
  let result: string | null = null;
  walk(d.plan.decl, (n) => {
    if ((n.kind === 'Aggregate' || n.kind === 'Each') && n.variable.span.start === start) {
      const list = d.plan.types.get(n.list);
      const element = list?.kind === 'list' ? typeName(list.element) : 'an item';
      result = [codeBlock(`${id.name}: ${element}`), `each item of ${inlineCode(sourceOf(d.program, n.list.span))}`].join('\n\n');
    }
  });
  return result;
}

function builtinHover(name: string, plan: CheckedPlan, ctx: NodeContext): string | null {
  const currency = `Money (${plan.currency})`;
  switch (name) {
    case 'base':
    case 'variable': {
      const v = name === 'base' ? annualBase(plan) : annualVariable(plan);
      const share = name === 'base' ? plan.mix?.base : plan.mix?.variable;
      if (!v || !plan.ote || !share) return codeBlock(`${name}: ${currency}`);
      return [codeBlock(`${name}: ${currency}`), `${name} = ${perYearAndPeriod(v, plan)}: OTE ${showMoney(plan.ote, plan.currency)} × ${share.times(100).toString()}%`].join('\n\n');
    }
    case 'target': {
      const scope = { plan, component: ctx.component };
      const v = periodTarget(scope);
      const c = ctx.component;
      const what = c
        ? c.decl.cumulative
          ? `the target incentive of ${inlineCode(c.name)} year to date`
          : `the target incentive of ${inlineCode(c.name)} for one ${plan.period}`
        : `the plan's variable for one ${plan.period}`;
      const value = v ? `target = ${showMoney(v, plan.currency)} per ${plan.period}: ` : '';
      return [codeBlock(`target: ${currency}`), `${value}${what}`].join('\n\n');
    }
    case 'period':
      return [codeBlock('period'), `the current ${plan.period}: \`period.start\` and \`period.end\` (Dates), \`period.number\` (Count)`].join('\n\n');
    default:
      return null;
  }
}

function functionHover(name: string, aggregate: boolean): string | null {
  const f = aggregate ? AGGREGATIONS.find((a) => a.name === name) : BUILTIN_FUNCTIONS.find((b) => b.name === name);
  return f ? [codeBlock(f.signature), f.doc].join('\n\n') : null;
}
