/**
 * The reference evaluator: interprets a checked plan's expressions directly over the AST and its
 * side tables, and hands each period's values to the shared runner. It is the oracle the generated
 * module is tested against, so it favours plainness over speed.
 */
import { MONTHS_PER_PERIOD } from '../check/plan-header.js';
import type { Band, CommissionItem, Expr, LetDecl } from '../syntax/ast.js';
import type { CheckedPlan, ComponentInfo } from '../check/model.js';
import { D, type Dec, sum } from '../runtime/decimal.js';
import { divide } from '../runtime/errors.js';
import type { Value } from '../runtime/inputs.js';
import { averageOf, clamp, compare, maxOf, minOf, nonEmpty, periodInfo } from '../runtime/ops.js';
import { readPayee, type PayeeData } from '../runtime/payee.js';
import { runPlan, type ComponentValues, type DealTerms, type DealValues, type PeriodValues } from '../runtime/plan-runner.js';
import type { RuntimeBand } from '../runtime/tiers.js';
import type { Statement } from '../runtime/statement.js';
import { inputSpecs, itemHasId, planShape } from './shape.js';
import { termsReadTheItem } from './item-terms.js';
import { literalValue } from '../check/constant.js';

interface Scope {
  readonly k: number;
  readonly locals: ReadonlyMap<string, Value>;
  readonly target: Dec | null;
}


export function evaluate(plan: CheckedPlan, source: string, data: PayeeData): Statement {
  const payee = readPayee(inputSpecs(plan, source), plan.periodNames, data);
  const interpreter = new Interpreter(plan, source, payee.periods);
  return runPlan(planShape(plan, source), (k) => interpreter.periodValues(k), payee.periods.length, payee.payee, payee.warnings);
}

class Interpreter {
  private readonly lets: Map<LetDecl, Value>[];
  private readonly periodCount: Dec;

  constructor(
    private readonly plan: CheckedPlan,
    private readonly source: string,
    private readonly env: readonly Readonly<Record<string, Value>>[],
  ) {
    this.lets = env.map(() => new Map());
    this.periodCount = new D(plan.periodNames.length);
  }

  periodValues(k: number): PeriodValues {
    const plain: Scope = { k, locals: new Map(), target: null };
    const variable = this.plan.ote && this.plan.mix ? this.plan.ote.times(this.plan.mix.variable).div(this.periodCount) : null;
    const planScope: Scope = { ...plain, target: variable };
    return {
      components: this.plan.components.map((c) => this.component(c, k)),
      bonuses: this.plan.bonuses.map((b) => {
        const applies = b.decl.condition === null || (this.eval(b.decl.condition, planScope) as boolean);
        return { applies, amount: applies ? this.dec(b.decl.amount, planScope) : new D(0) };
      }),
      caps: this.plan.caps.map((e) => this.dec(e, planScope)),
      floors: this.plan.floors.map((e) => this.dec(e, planScope)),
    };
  }

  private component(c: ComponentInfo, k: number): ComponentValues {
    const elapsed = c.decl.cumulative ? k + 1 : 1;
    const target = c.annualTarget ? c.annualTarget.times(elapsed).div(this.periodCount) : null;
    const scope: Scope = { k, locals: new Map(), target };
    const gates = c.gates.map((g) => this.eval(g, scope) as boolean);
    const rule = c.rule!;
    const commission = rule.kind === 'Commission' ? rule : null;
    const open = gates.every(Boolean);
    const deals = commission?.each ? this.deals(commission, scope, open) : null;
    const ownTerms = commission !== null && termsReadTheItem(commission);
    const values: ComponentValues = {
      gates,
      target,
      attainment: open && c.attainment ? this.dec(c.attainment, scope) : null,
      bands: open && rule.kind !== 'Payout' && !ownTerms ? rule.bands.map((b) => this.band(b, scope)) : [],
      amount: open && rule.kind === 'Payout' ? this.dec(rule.value, scope) : null,
      base: open && commission && !commission.each ? this.dec(commission.base, scope) : null,
      rate: open && commission?.rate && !ownTerms ? this.dec(commission.rate, scope) : null,
      key: open && commission?.key && !commission.each ? this.dec(commission.key, scope) : null,
      deals,
      caps: open ? c.caps.map((e) => this.dec(e, scope)) : [],
      floors: open ? c.floors.map((e) => this.dec(e, scope)) : [],
    };
    return values;
  }

  private deals(c: CommissionItem, scope: Scope, open: boolean): DealValues[] {
    const each = c.each!;
    const hasId = itemHasId(this.plan, c);
    const ownTerms = termsReadTheItem(c);
    const out: DealValues[] = [];
    for (const item of this.eval(each.list, scope) as Value[]) {
      const inner: Scope = { ...scope, locals: new Map(scope.locals).set(each.variable.name, item) };
      if (each.filter && !(this.eval(each.filter, inner) as boolean)) continue;
      out.push({
        id: hasId ? String((item as Record<string, Value>)['id']) : null,
        base: this.dec(c.base, inner),
        key: c.key ? this.dec(c.key, inner) : null,
        terms: open && ownTerms ? this.terms(c, inner) : null,
      });
    }
    return out;
  }

  private terms(c: CommissionItem, scope: Scope): DealTerms {
    return { rate: c.rate ? this.dec(c.rate, scope) : null, bands: c.bands.map((b) => this.band(b, scope)) };
  }

  private band(b: Band, scope: Scope): RuntimeBand {
    const v = b.value;
    return {
      lower: b.lower ? this.dec(b.lower.value, scope) : null,
      lowerInclusive: b.lower?.inclusive ?? false,
      upper: b.upper ? this.dec(b.upper.value, scope) : null,
      upperInclusive: b.upper?.inclusive ?? false,
      value:
        v.kind === 'ConstantValue'
          ? { kind: 'constant', value: this.dec(v.value, scope) }
          : v.kind === 'LinearValue'
            ? { kind: 'linear', from: this.dec(v.from, scope), to: this.dec(v.to, scope) }
            : { kind: 'slope', slope: this.dec(v.slope, scope) },
    };
  }

  private dec(e: Expr, scope: Scope): Dec {
    return this.eval(e, scope) as Dec;
  }

  private where(scope: Scope): string {
    return this.plan.periodNames[scope.k]!;
  }

  eval(e: Expr, scope: Scope): Value {
    switch (e.kind) {
      case 'Number':
      case 'Percent':
      case 'Money':
        return literalValue(e);
      case 'Date':
      case 'String':
      case 'Bool':
        return e.value;
      case 'Paren':
        return this.eval(e.inner, scope);
      case 'Name':
        return this.name(e, scope);
      case 'Member': {
        const enumType = this.plan.types.get(e.object);
        if (enumType?.kind === 'enum' && e.object.kind === 'Name' && !scope.locals.has(e.object.name) && this.plan.enums.has(e.object.name)) {
          return e.property.name;
        }
        return (this.eval(e.object, scope) as Record<string, Value>)[e.property.name]!;
      }
      case 'Unary':
        return e.op === 'not' ? !(this.eval(e.operand, scope) as boolean) : this.dec(e.operand, scope).neg();
      case 'Binary':
        return this.binary(e, scope);
      case 'If':
        return this.eval(e.condition, scope) ? this.eval(e.then, scope) : this.eval(e.else, scope);
      case 'Call':
        return this.call(e.callee.name, e.args, scope);
      case 'Aggregate': {
        const values: Value[] = [];
        for (const item of this.eval(e.list, scope) as Value[]) {
          const inner: Scope = { ...scope, locals: new Map(scope.locals).set(e.variable.name, item) };
          if (e.filter && !(this.eval(e.filter, inner) as boolean)) continue;
          values.push(e.value ? this.eval(e.value, inner) : true);
        }
        const where = `${this.where(scope)}: ${this.text(e)}`;
        switch (e.fn) {
          case 'count':
            return new D(values.length);
          case 'sum':
            return sum(values as Dec[]);
          case 'average':
            return averageOf(values as Dec[], where);
          case 'min':
            return minOf(nonEmpty(values, 'min', where));
          case 'max':
            return maxOf(nonEmpty(values, 'max', where));
        }
      }
      // falls through: every aggregate returned above
      case 'RecordLiteral':
      case 'ListLiteral':
      case 'Missing':
        throw new Error(`internal: ${e.kind} cannot be evaluated in a plan`);
    }
  }

  private name(e: Extract<Expr, { kind: 'Name' }>, scope: Scope): Value {
    const ref = this.plan.references.get(e)!;
    switch (ref.kind) {
      case 'local':
        return scope.locals.get(e.name)!;
      case 'input':
        return this.env[scope.k]![e.name]!;
      case 'let': {
        const memo = this.lets[scope.k]!;
        if (!memo.has(ref.decl)) memo.set(ref.decl, this.eval(ref.decl.value, { k: scope.k, locals: new Map(), target: null }));
        return memo.get(ref.decl)!;
      }
      case 'enum-member':
        return ref.member;
      case 'builtin':
        switch (ref.name) {
          case 'base':
            return this.plan.ote!.times(this.plan.mix!.base);
          case 'variable':
            return this.plan.ote!.times(this.plan.mix!.variable);
          case 'target':
            return scope.target!;
          case 'period': {
            const info = periodInfo(this.plan.fiscalYearStart, MONTHS_PER_PERIOD[this.plan.period], scope.k);
            return { start: info.start, end: info.end, number: info.number };
          }
        }
    }
  }

  private binary(e: Extract<Expr, { kind: 'Binary' }>, scope: Scope): Value {
    if (e.op === 'and') return (this.eval(e.left, scope) as boolean) && (this.eval(e.right, scope) as boolean);
    if (e.op === 'or') return (this.eval(e.left, scope) as boolean) || (this.eval(e.right, scope) as boolean);
    const l = this.eval(e.left, scope);
    const r = this.eval(e.right, scope);
    switch (e.op) {
      case '+':
        return (l as Dec).plus(r as Dec);
      case '-':
        return (l as Dec).minus(r as Dec);
      case '*':
      case 'of':
        return (l as Dec).times(r as Dec);
      case '/':
        return divide(l as Dec, r as Dec, `\`${this.text(e)}\``, this.where(scope));
      default:
        return compare(e.op, l, r);
    }
  }

  private call(name: string, args: readonly Expr[], scope: Scope): Value {
    if (name === 'ytd') {
      const values: Dec[] = [];
      for (let j = 0; j <= scope.k; j++) values.push(this.dec(args[0]!, { ...scope, k: j }));
      return sum(values);
    }
    const values = args.map((a) => this.eval(a, scope));
    switch (name) {
      case 'min':
        return minOf(values);
      case 'max':
        return maxOf(values);
      case 'clamp':
        return clamp(values[0] as Dec, values[1] as Dec, values[2] as Dec);
      case 'abs':
        return (values[0] as Dec).abs();
      default:
        throw new Error(`internal: unknown function ${name}`);
    }
  }

  private text(e: Expr): string {
    return this.source.slice(e.span.start, e.span.end).replace(/\s+/g, ' ');
  }
}
