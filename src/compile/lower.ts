/**
 * Lowering: a checked plan → its PayoutProgram. The one place after the checker that reads the AST
 * and the side tables (resolved names, types): every back end and every preview reads the program.
 */
import { MONTHS_PER_PERIOD } from '../check/plan-header.js';
import type { Band, CommissionItem, Expr, LetDecl } from '../syntax/ast.js';
import type { CheckedPlan, ComponentInfo } from '../check/model.js';
import type { Type } from '../check/types.js';
import { D, type Dec } from '../runtime/decimal.js';
import { periodInfo } from '../runtime/ops.js';
import { literalValue } from '../check/constant.js';
import { stateShape } from '../runtime/plan-state.js';
import type { BandNodes, ComponentNodes, EachNodes, Node, Origin, PayoutProgram, PeriodFact, TargetTable, Unit, YtdState } from './ir.js';
import { inputSpecs, itemHasId, planShape } from './shape.js';
import { termsReadTheItem } from './item-terms.js';

/** Thrown for an expression that cannot be lowered (only on plans with errors, which previews may ask about). */
export class NotLowerable extends Error {}

export function lower(plan: CheckedPlan, source: string): PayoutProgram {
  const lowering = new Lowering(plan, source);
  lowering.allLets(plan);
  const components = plan.components.map((c) => lowering.component(c));
  const planTarget = lowering.planTarget();
  const scope: Scope = { target: planTarget, locals: new Set() };
  const bonuses = plan.bonuses.map((b) => ({
    name: b.name,
    origin: lowering.origin(b.decl),
    condition: b.decl.condition ? lowering.expr(b.decl.condition, scope) : null,
    amount: lowering.expr(b.decl.amount, scope),
  }));
  const caps = plan.caps.map((e) => lowering.expr(e, scope));
  const floors = plan.floors.map((e) => lowering.expr(e, scope));
  const shape = planShape(plan, source);
  return {
    name: plan.name,
    currency: plan.currency,
    periods: periodFacts(plan),
    inputs: inputSpecs(plan, source),
    shape,
    state: stateShape(shape, lowering.ytd.map((y) => ({ text: y.origin.text, money: y.unit === 'money' }))),
    ytd: lowering.ytd,
    lets: lowering.lets(),
    components,
    bonuses,
    planTarget,
    caps,
    floors,
  };
}

/**
 * One expression of a plan lowered on its own, for the editor's previews of plans that may not
 * check clean elsewhere. `component` says what `target` means where the expression stands.
 * Returns null when the expression (or a let it reads) has an error.
 */
export function lowerExpression(plan: CheckedPlan, source: string, e: Expr, component: ComponentInfo | null): { node: Node; program: Pick<PayoutProgram, 'lets' | 'ytd' | 'periods'> } | null {
  try {
    const lowering = new Lowering(plan, source);
    const target = component ? lowering.componentTarget(component) : lowering.planTarget();
    const node = lowering.expr(e, { target, locals: new Set() });
    return { node, program: { lets: lowering.lets(), ytd: lowering.ytd, periods: periodFacts(plan) } };
  } catch (error) {
    if (error instanceof NotLowerable) return null;
    throw error;
  }
}

function periodFacts(plan: CheckedPlan): PeriodFact[] {
  return plan.periodNames.map((name, index) => {
    const info = periodInfo(plan.fiscalYearStart, MONTHS_PER_PERIOD[plan.period], index);
    const days = info.start === '' ? null : Math.round((Date.parse(info.end) - Date.parse(info.start)) / 86_400_000) + 1;
    return { name, index, start: info.start, end: info.end, days, version: plan.name, number: info.number };
  });
}

interface Scope {
  readonly target: TargetTable | null;
  /** The plan locals bound here (`d` in `sum d in deals …`). */
  readonly locals: ReadonlySet<string>;
}

class Lowering {
  readonly ytd: YtdState[] = [];
  private readonly letIndex = new Map<LetDecl, number>();
  private readonly ytdKeys = new Map<string, number>();
  private readonly letNodes: { name: string; origin: Origin; value: Node }[] = [];
  private readonly periodCount: Dec;

  constructor(
    private readonly plan: CheckedPlan,
    private readonly source: string,
  ) {
    this.periodCount = new D(plan.periodNames.length);
  }

  lets(): PayoutProgram['lets'] {
    return this.letNodes;
  }

  /** Every let of the plan, in the plan's (dependency) order, used or not. */
  allLets(plan: CheckedPlan): void {
    for (const l of plan.lets) this.letOf(l.decl);
  }

  origin(e: { span: { start: number; end: number } }): Origin {
    return { text: this.source.slice(e.span.start, e.span.end).replace(/\s+/g, ' '), start: e.span.start, end: e.span.end };
  }

  planTarget(): TargetTable | null {
    const { ote, mix } = this.plan;
    if (!ote || !mix) return null;
    const value = ote.times(mix.variable).div(this.periodCount);
    return { name: 'PERIOD_VARIABLE', comment: '`target` of a bonus or plan cap: the variable of one period', values: this.plan.periodNames.map(() => value) };
  }

  componentTarget(c: ComponentInfo): TargetTable | null {
    const annual = c.annualTarget;
    if (!annual) return null;
    const values = this.plan.periodNames.map((_, k) => annual.times(c.decl.cumulative ? k + 1 : 1).div(this.periodCount));
    const comment = c.decl.cumulative ? `target of ${c.name} for the year to date, by period` : `target of ${c.name} in one period`;
    return { name: `TARGET_${c.name}`, comment, values };
  }

  component(c: ComponentInfo): ComponentNodes {
    const target = this.componentTarget(c);
    const scope: Scope = { target, locals: new Set() };
    const rule = c.rule;
    if (!rule) throw new NotLowerable(`the component ${c.name} has no rule`);
    const commission = rule.kind === 'Commission' ? rule : null;
    const ownTerms = commission !== null && termsReadTheItem(commission);
    const x = (e: Expr) => this.expr(e, scope);
    return {
      name: c.name,
      origin: this.origin(c.decl),
      target,
      gates: c.gates.map(x),
      attainment: c.attainment ? x(c.attainment) : null,
      bands: rule.kind === 'Payout' || ownTerms ? [] : rule.bands.map((b) => this.band(b, scope)),
      ruleOrigin: this.origin(rule),
      amount: rule.kind === 'Payout' ? x(rule.value) : null,
      base: commission && !commission.each ? x(commission.base) : null,
      rate: commission?.rate && !ownTerms ? x(commission.rate) : null,
      key: commission?.key && !commission.each ? x(commission.key) : null,
      each: commission?.each ? this.each(commission, scope, ownTerms) : null,
      caps: c.caps.map(x),
      floors: c.floors.map(x),
    };
  }

  private each(c: CommissionItem, scope: Scope, ownTerms: boolean): EachNodes {
    const each = c.each!;
    const inner: Scope = { ...scope, locals: new Set(scope.locals).add(each.variable.name) };
    return {
      origin: this.origin(each),
      local: each.variable.name,
      list: this.expr(each.list, scope),
      filter: each.filter ? this.expr(each.filter, inner) : null,
      hasId: itemHasId(this.plan, c),
      base: this.expr(c.base, inner),
      key: c.key ? this.expr(c.key, inner) : null,
      terms: ownTerms ? { rate: c.rate ? this.expr(c.rate, inner) : null, bands: c.bands.map((b) => this.band(b, inner)) } : null,
    };
  }

  private band(b: Band, scope: Scope): BandNodes {
    const v = b.value;
    const x = (e: Expr) => this.expr(e, scope);
    return {
      origin: this.origin(b),
      lower: b.lower ? x(b.lower.value) : null,
      lowerInclusive: b.lower?.inclusive ?? false,
      upper: b.upper ? x(b.upper.value) : null,
      upperInclusive: b.upper?.inclusive ?? false,
      value:
        v.kind === 'ConstantValue'
          ? { kind: 'constant', value: x(v.value) }
          : v.kind === 'LinearValue'
            ? { kind: 'linear', from: x(v.from), to: x(v.to) }
            : { kind: 'slope', slope: x(v.slope) },
    };
  }

  private unit(e: Expr): Unit {
    const t = this.plan.types.get(e);
    if (!t || t.kind === 'error') throw new NotLowerable(`no type for ${this.origin(e).text}`);
    return unitOf(t);
  }

  expr(e: Expr, scope: Scope): Node {
    switch (e.kind) {
      case 'Number':
      case 'Percent':
      case 'Money':
        return { op: 'number', unit: e.kind === 'Number' ? 'number' : e.kind === 'Percent' ? 'percent' : 'money', value: literalValue(e), origin: this.origin(e) };
      case 'Date':
        return { op: 'constant', unit: 'date', value: e.value };
      case 'String':
        return { op: 'constant', unit: 'text', value: e.value };
      case 'Bool':
        return { op: 'constant', unit: 'bool', value: e.value };
      case 'Paren':
        return this.expr(e.inner, scope);
      case 'Name':
        return this.name(e, scope);
      case 'Member': {
        const objectType = this.plan.types.get(e.object);
        if (objectType?.kind === 'enum' && e.object.kind === 'Name' && !scope.locals.has(e.object.name) && this.plan.enums.has(e.object.name)) {
          return { op: 'constant', unit: 'enum', value: e.property.name };
        }
        return { op: 'field', unit: this.unit(e), object: this.expr(e.object, scope), name: e.property.name };
      }
      case 'Unary': {
        const operand = this.expr(e.operand, scope);
        return e.op === 'not' ? { op: 'not', unit: 'bool', operand } : { op: 'neg', unit: operand.unit, operand };
      }
      case 'Binary': {
        const left = this.expr(e.left, scope);
        const right = this.expr(e.right, scope);
        switch (e.op) {
          case 'and':
          case 'or':
            return { op: 'logic', unit: 'bool', fn: e.op, left, right };
          case '+':
          case '-':
          case '*':
          case '/':
            return { op: 'arith', unit: this.unit(e), fn: e.op, left, right, origin: this.origin(e) };
          case 'of':
            return { op: 'arith', unit: this.unit(e), fn: '*', left, right, origin: this.origin(e) };
          default:
            return { op: 'compare', unit: 'bool', fn: e.op, numeric: comparedAs(this.plan.types.get(unparen(e.left)) ?? this.plan.types.get(unparen(e.right))), left, right };
        }
      }
      case 'If':
        return { op: 'if', unit: this.unit(e), condition: this.expr(e.condition, scope), then: this.expr(e.then, scope), else: this.expr(e.else, scope) };
      case 'Call': {
        const fn = e.callee.name;
        if (fn === 'ytd') {
          const arg = e.args[0];
          if (!arg) throw new NotLowerable('ytd without a value');
          const value = this.expr(arg, scope);
          return { op: 'ytd', unit: value.unit, state: this.ytdState(value, arg), value, origin: this.origin(e) };
        }
        if (fn !== 'min' && fn !== 'max' && fn !== 'clamp' && fn !== 'abs') throw new NotLowerable(`unknown function ${fn}`);
        return { op: 'call', unit: this.unit(e), fn, args: e.args.map((a) => this.expr(a, scope)) };
      }
      case 'Aggregate': {
        const inner: Scope = { ...scope, locals: new Set(scope.locals).add(e.variable.name) };
        return {
          op: 'aggregate',
          unit: this.unit(e),
          fn: e.fn,
          local: e.variable.name,
          list: this.expr(e.list, scope),
          filter: e.filter ? this.expr(e.filter, inner) : null,
          value: e.value ? this.expr(e.value, inner) : null,
          origin: this.origin(e),
        };
      }
      case 'RecordLiteral':
      case 'ListLiteral':
      case 'Missing':
        throw new NotLowerable(`${e.kind} cannot be evaluated in a plan`);
    }
  }

  private name(e: Extract<Expr, { kind: 'Name' }>, scope: Scope): Node {
    const ref = this.plan.references.get(e);
    if (!ref) throw new NotLowerable(`the name \`${e.name}\` was not resolved`);
    switch (ref.kind) {
      case 'local':
        return { op: 'local', unit: unitOf(ref.type), name: e.name };
      case 'input':
        return { op: 'input', unit: unitOf(ref.input.type), name: e.name };
      case 'let':
        return { op: 'let', unit: this.unit(e), index: this.letOf(ref.decl) };
      case 'enum-member':
        return { op: 'constant', unit: 'enum', value: ref.member };
      case 'builtin': {
        const { ote, mix } = this.plan;
        switch (ref.name) {
          case 'base':
          case 'variable':
            if (!ote || !mix) throw new NotLowerable(`\`${ref.name}\` without an OTE and mix`);
            return { op: 'fact', unit: 'money', fact: ref.name, value: ote.times(mix[ref.name]) };
          case 'target':
            if (!scope.target) throw new NotLowerable('`target` without a target');
            return { op: 'target', unit: 'money', table: scope.target };
          case 'period':
            return { op: 'period', unit: 'period' };
        }
      }
    }
  }

  /** The running sum of a ytd's value: one per distinct value, however often the plan writes it. */
  private ytdState(value: Node, arg: Expr): number {
    const key = structuralKey(value);
    const known = this.ytdKeys.get(key);
    if (known !== undefined) return known;
    const index = this.ytd.push({ origin: this.origin(arg), unit: value.unit, value }) - 1;
    this.ytdKeys.set(key, index);
    return index;
  }

  /** A let is lowered once, on first use, in plan order (a let reads only lets before it). */
  private letOf(decl: LetDecl): number {
    const known = this.letIndex.get(decl);
    if (known !== undefined) return known;
    const value = this.expr(decl.value, { target: null, locals: new Set() });
    const index = this.letNodes.push({ name: decl.name.name, origin: this.origin(decl), value }) - 1;
    this.letIndex.set(decl, index);
    return index;
  }
}

export function unitOf(t: Type): Unit {
  switch (t.kind) {
    case 'money':
    case 'percent':
    case 'number':
    case 'count':
    case 'date':
    case 'bool':
    case 'text':
    case 'enum':
    case 'record':
    case 'list':
      return t.kind;
    case 'error':
      throw new NotLowerable('an expression with a type error');
  }
}

/** How a comparison compares: exact quantities (true), as themselves (false), or unknown (null: the runtime decides). */
function comparedAs(t: Type | undefined): boolean | null {
  if (!t) return null;
  if (t.kind === 'money' || t.kind === 'percent' || t.kind === 'number' || t.kind === 'count') return true;
  if (t.kind === 'enum' || t.kind === 'date' || t.kind === 'text' || t.kind === 'bool') return false;
  return null;
}

/** Two nodes with one key compute the same value: same shape, same constants, same target tables. */
function structuralKey(n: Node): string {
  return JSON.stringify(n, (key, v: unknown) => {
    if (key === 'origin') return undefined;
    if (key === 'table') return (v as TargetTable).name;
    if (v instanceof D) return v.toFixed();
    return v;
  });
}

function unparen(e: Expr): Expr {
  return e.kind === 'Paren' ? unparen(e.inner) : e;
}
