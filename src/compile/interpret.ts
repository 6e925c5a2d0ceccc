/**
 * The reference interpreter: evaluates a PayoutProgram's nodes for each period and hands the values
 * to the runtime's runPlan, which applies the rules. It is the oracle the generated module is
 * tested against, so it favours plainness over speed.
 */
import { D, type Dec, ZERO, sum } from '../runtime/decimal.js';
import { divide } from '../runtime/errors.js';
import type { Value } from '../runtime/inputs.js';
import { averageOf, clamp, compare, maxOf, minOf, nonEmpty } from '../runtime/ops.js';
import { payeeName, readPayee, type PayeeData } from '../runtime/payee.js';
import { emptyState, openState, type PlanState } from '../runtime/plan-state.js';
import { runPlan, type ComponentValues, type DealValues, type PeriodValues } from '../runtime/plan-runner.js';
import type { RuntimeBand } from '../runtime/tiers.js';
import type { Statement } from '../runtime/statement.js';
import type { CheckedPlan } from '../check/model.js';
import { lower } from './lower.js';
import type { Aggregate, BandNodes, ComponentNodes, EachNodes, Node, PayoutProgram } from './ir.js';

/** Lowers a checked plan and pays one payee by it: for callers that pay a plan once. */
export function evaluate(plan: CheckedPlan, source: string, data: PayeeData): Statement {
  return interpret(lower(plan, source), data);
}

export function interpret(program: PayoutProgram, data: PayeeData): Statement {
  return interpretTraced(program, data).statement;
}

/** A run with what a test may expect of it: each period's values, what each component earned, and any node's value. */
export interface TracedRun {
  readonly statement: Statement;
  readonly values: ReadonlyMap<number, PeriodValues>;
  /** Keyed `period:component`, for open components. */
  readonly earned: ReadonlyMap<string, Dec>;
  /** The value of a node in a period the run paid. */
  read(node: Node, k: number): Value;
}

export function interpretTraced(program: PayoutProgram, data: PayeeData): TracedRun {
  const { state, first } = opening(program, data);
  const payee = readPayee(program.inputs, program.shape.periodNames, data, first);
  const env = new Map(payee.periods.map((inputs, i) => [first + i, inputs]));
  const year = new Evaluator(program, (k) => env.get(k)!);
  const span = { first, count: payee.periods.length, state, stateShape: program.state };
  const values = new Map<number, PeriodValues>();
  const states = new Map<number, PlanState>();
  const earned = new Map<string, Dec>();
  const statement = runPlan(
    program.shape,
    (k, s) => {
      // The state as the period opened, for reading a ytd in it afterwards.
      states.set(k, { paid: [...s.paid], position: [...s.position], bonusPaid: [...s.bonusPaid], ytd: [...s.ytd] });
      const v = year.period(k, s);
      values.set(k, v);
      return v;
    },
    span,
    payee.payee,
    payee.warnings,
    (k, i, amount) => earned.set(`${k}:${i}`, amount),
  );
  return { statement, values, earned, read: (node, k) => year.eval(node, { k, state: states.get(k)!, locals: new Map() }) };
}

/** The state a run opens with: zero from the start of the year, or the data's `opening`. */
export function opening(program: PayoutProgram, data: PayeeData): { state: PlanState; first: number } {
  if (data.opening === undefined) return { state: emptyState(program.shape, program.ytd.length), first: 0 };
  return openState(data.opening, program.shape, program.state, program.ytd.length, payeeName(data));
}

/** Where a node is evaluated: the period, the state as it opened, and the locals bound around it. */
export interface Frame {
  readonly k: number;
  readonly state: PlanState;
  readonly locals: ReadonlyMap<string, Value>;
}

/** Evaluates nodes against one payee's inputs; lets are memoised per period. */
export class Evaluator {
  private readonly lets = new Map<number, Value[]>();

  constructor(
    private readonly program: Pick<PayoutProgram, 'lets' | 'periods'>,
    private readonly inputs: (k: number) => Readonly<Record<string, Value>>,
  ) {}

  period(k: number, state: PlanState): PeriodValues {
    const program = this.program as PayoutProgram;
    const f: Frame = { k, state, locals: new Map() };
    return {
      components: program.components.map((c) => this.component(c, f)),
      bonuses: program.bonuses.map((b) => {
        const applies = b.condition === null || (this.eval(b.condition, f) as boolean);
        return { applies, amount: applies ? this.dec(b.amount, f) : ZERO };
      }),
      caps: program.caps.map((e) => this.dec(e, f)),
      floors: program.floors.map((e) => this.dec(e, f)),
      ytd: program.ytd.map((y) => this.dec(y.value, f)),
    };
  }

  private component(c: ComponentNodes, f: Frame): ComponentValues {
    const gates = c.gates.map((g) => this.eval(g, f) as boolean);
    const open = gates.every(Boolean);
    const deals = c.each ? this.deals(c.each, f, open) : null;
    const when = (n: Node | null) => (open && n ? this.dec(n, f) : null);
    return {
      gates,
      target: c.target ? c.target.values[f.k]! : null,
      attainment: when(c.attainment),
      bands: open ? c.bands.map((b) => this.band(b, f)) : [],
      amount: when(c.amount),
      base: when(c.base),
      rate: when(c.rate),
      key: when(c.key),
      deals,
      caps: open ? c.caps.map((e) => this.dec(e, f)) : [],
      floors: open ? c.floors.map((e) => this.dec(e, f)) : [],
    };
  }

  private deals(each: EachNodes, f: Frame, open: boolean): DealValues[] {
    const out: DealValues[] = [];
    for (const item of this.eval(each.list, f) as Value[]) {
      const inner: Frame = { ...f, locals: new Map(f.locals).set(each.local, item) };
      if (each.filter && !(this.eval(each.filter, inner) as boolean)) continue;
      const terms = each.terms;
      out.push({
        id: each.hasId ? String((item as Record<string, Value>)['id']) : null,
        base: this.dec(each.base, inner),
        key: each.key ? this.dec(each.key, inner) : null,
        terms: open && terms ? { rate: terms.rate ? this.dec(terms.rate, inner) : null, bands: terms.bands.map((b) => this.band(b, inner)) } : null,
      });
    }
    return out;
  }

  private band(b: BandNodes, f: Frame): RuntimeBand {
    const v = b.value;
    return {
      lower: b.lower ? this.dec(b.lower, f) : null,
      lowerInclusive: b.lowerInclusive,
      upper: b.upper ? this.dec(b.upper, f) : null,
      upperInclusive: b.upperInclusive,
      value:
        v.kind === 'constant'
          ? { kind: 'constant', value: this.dec(v.value, f) }
          : v.kind === 'linear'
            ? { kind: 'linear', from: this.dec(v.from, f), to: this.dec(v.to, f) }
            : { kind: 'slope', slope: this.dec(v.slope, f) },
    };
  }

  dec(n: Node, f: Frame): Dec {
    return this.eval(n, f) as Dec;
  }

  eval(n: Node, f: Frame): Value {
    switch (n.op) {
      case 'number':
      case 'fact':
        return n.value;
      case 'constant':
        return n.value;
      case 'target':
        return n.table.values[f.k]!;
      case 'period': {
        const p = this.program.periods[f.k]!;
        return { start: p.start, end: p.end, number: p.number };
      }
      case 'input':
        return this.inputs(f.k)[n.name]!;
      case 'let': {
        let memo = this.lets.get(f.k);
        if (!memo) this.lets.set(f.k, (memo = []));
        if (!(n.index in memo)) memo[n.index] = this.eval(this.program.lets[n.index]!.value, { ...f, locals: new Map() });
        return memo[n.index]!;
      }
      case 'local':
        return f.locals.get(n.name)!;
      case 'field':
        return (this.eval(n.object, f) as Record<string, Value>)[n.name]!;
      case 'neg':
        return this.dec(n.operand, f).neg();
      case 'not':
        return !(this.eval(n.operand, f) as boolean);
      case 'arith': {
        const l = this.dec(n.left, f);
        const r = this.dec(n.right, f);
        switch (n.fn) {
          case '+':
            return l.plus(r);
          case '-':
            return l.minus(r);
          case '*':
            return l.times(r);
          case '/':
            return divide(l, r, `\`${n.origin.text}\``, this.program.periods[f.k]!.name);
        }
      }
      // falls through: every arithmetic returned above
      case 'compare':
        return compare(n.fn, this.eval(n.left, f), this.eval(n.right, f));
      case 'logic':
        return n.fn === 'and' ? (this.eval(n.left, f) as boolean) && (this.eval(n.right, f) as boolean) : (this.eval(n.left, f) as boolean) || (this.eval(n.right, f) as boolean);
      case 'if':
        return this.eval(n.condition, f) ? this.eval(n.then, f) : this.eval(n.else, f);
      case 'call': {
        const values = n.args.map((a) => this.eval(a, f));
        switch (n.fn) {
          case 'min':
            return minOf(values);
          case 'max':
            return maxOf(values);
          case 'clamp':
            return clamp(values[0] as Dec, values[1] as Dec, values[2] as Dec);
          case 'abs':
            return (values[0] as Dec).abs();
        }
      }
      // falls through: every call returned above
      case 'aggregate':
        return this.aggregate(n, f);
      case 'ytd':
        return f.state.ytd[n.state]!.plus(this.dec(n.value, f));
    }
  }

  private aggregate(n: Aggregate, f: Frame): Value {
    const values: Value[] = [];
    for (const item of this.eval(n.list, f) as Value[]) {
      const inner: Frame = { ...f, locals: new Map(f.locals).set(n.local, item) };
      if (n.filter && !(this.eval(n.filter, inner) as boolean)) continue;
      values.push(n.value ? this.eval(n.value, inner) : true);
    }
    const where = `${this.program.periods[f.k]!.name}: ${n.origin.text}`;
    switch (n.fn) {
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
}
