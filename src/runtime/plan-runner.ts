/**
 * The payout semantics shared by both back ends. The reference evaluator and the generated module
 * differ only in how they evaluate a plan's expressions; each hands this runner the values of one
 * period (attainment, bands with their bounds evaluated, gates, caps…) and the runner applies the
 * rules: gates, curves and tables, caps and floors, year-to-date true-ups, `once` bonuses, plan caps,
 * rounding, and the explanation of every line. So the two back ends agree by construction.
 */
import { type Dec, ZERO, sum } from './decimal.js';
import { moneyStep, percentStep, numberStep, textStep } from './explain.js';
import { formatMoney, formatPercent } from './format.js';
import { roundToStep, type RoundingMode } from './rounding.js';
import { type Statement, type ExplainStep, type RoundedLine, buildStatement } from './statement.js';
import { snapshot, type PlanState, type StateShape } from './plan-state.js';
import { curveAt, lookup, marginal, marginalBetween, proRata, retroactive, type RuntimeBand } from './tiers.js';

export type CommissionMode = 'flat' | 'marginal' | 'retroactive' | 'lookup' | 'pro-rata';
export type KeyKind = 'money' | 'percent' | 'number';

export type RuleShape =
  | { readonly kind: 'curve'; readonly bandTexts: readonly string[] }
  | { readonly kind: 'payout'; readonly text: string }
  | {
      readonly kind: 'commission';
      readonly mode: CommissionMode;
      readonly perDeal: boolean;
      /** What a per-transaction item is called in explanations: its record type (`Deal`). */
      readonly itemName: string;
      readonly running: boolean;
      readonly bandTexts: readonly string[];
      readonly baseText: string;
      readonly keyText: string | null;
      readonly keyKind: KeyKind;
    };

/** What never changes between periods or payees: names, modes and source texts for explanations. */
export interface ComponentShape {
  readonly name: string;
  readonly cumulative: boolean;
  readonly rule: RuleShape;
  readonly attainmentText: string | null;
  readonly gateTexts: readonly string[];
}

export interface BonusShape {
  readonly name: string;
  readonly once: boolean;
  readonly conditionText: string | null;
}

export interface PlanShape {
  readonly name: string;
  readonly currency: string;
  readonly periodNames: readonly string[];
  readonly rounding: { readonly mode: RoundingMode; readonly step: Dec };
  readonly components: readonly ComponentShape[];
  readonly bonuses: readonly BonusShape[];
}

export interface DealValues {
  /** The record's `id` field as text, when its record type has one. */
  readonly id: string | null;
  readonly base: Dec;
  readonly key: Dec | null;
  /** The deal's own rate and bands, when they read the deal (`at 10% * d.multiplier`); else null. */
  readonly terms: DealTerms | null;
}

export interface DealTerms {
  readonly rate: Dec | null;
  readonly bands: readonly RuntimeBand[];
}

/** One component's evaluated values for one period (year to date for a cumulative component). */
export interface ComponentValues {
  readonly gates: readonly boolean[];
  readonly target: Dec | null;
  readonly attainment: Dec | null;
  readonly bands: readonly RuntimeBand[];
  /** `payout E`. */
  readonly amount: Dec | null;
  /** `commission on E` (not per deal). */
  readonly base: Dec | null;
  /** `at R`. */
  readonly rate: Dec | null;
  /** `by K`. */
  readonly key: Dec | null;
  /** `commission per x in L`: one entry per deal that passed the filter, in data order. */
  readonly deals: readonly DealValues[] | null;
  readonly caps: readonly Dec[];
  readonly floors: readonly Dec[];
}

export interface BonusValues {
  readonly applies: boolean;
  readonly amount: Dec;
}

export interface PeriodValues {
  readonly components: readonly ComponentValues[];
  readonly bonuses: readonly BonusValues[];
  readonly caps: readonly Dec[];
  readonly floors: readonly Dec[];
  /** The value of each `ytd(…)`'s argument in this period, added to its running sum when the period closes. */
  readonly ytd: readonly Dec[];
}

/** What a run pays: from which period, for how many, from which opening state. */
export interface RunSpan {
  readonly first: number;
  readonly count: number;
  readonly state: PlanState;
  readonly stateShape: StateShape;
}

/** Told what each open component earned (before its caps and floors), for tests that expect a rate. */
export type EarnedObserver = (period: number, component: number, earned: Dec) => void;

/** What one component carries from period to period, as the state holds it. */
interface Carry {
  paid: Dec;
  position: Dec;
}

/**
 * Pays the periods of `span`, asking `periodValues` for each period's values with the state as the
 * period opens; `span.state` is advanced as each period closes, and the statement returns it.
 */
export function runPlan(
  shape: PlanShape,
  periodValues: (index: number, state: PlanState) => PeriodValues,
  span: RunSpan,
  payee?: string,
  warnings: readonly string[] = [],
  observe?: EarnedObserver,
): Statement {
  const state = span.state;
  const opening = snapshot(state, span.stateShape, span.first === 0 ? null : shape.periodNames[span.first - 1]!);
  const round = (v: Dec) => roundToStep(v, shape.rounding.step, shape.rounding.mode);
  const periods = [];
  for (let k = span.first; k < span.first + span.count; k++) {
    const values = periodValues(k, state);
    const lines: RoundedLine[] = [];
    for (let i = 0; i < shape.components.length; i++) {
      const carry: Carry = { paid: state.paid[i]!, position: state.position[i]! };
      const earned = observe ? (amount: Dec) => observe(k, i, amount) : undefined;
      lines.push(componentLine(shape.components[i]!, values.components[i]!, carry, shape.currency, round, earned));
      state.paid[i] = carry.paid;
      state.position[i] = carry.position;
    }
    for (let i = 0; i < shape.bonuses.length; i++) {
      const bonus = shape.bonuses[i]!;
      const v = values.bonuses[i]!;
      if (!v.applies || (bonus.once && state.bonusPaid[i])) continue;
      state.bonusPaid[i] = true;
      const amount = round(v.amount);
      const explanation = bonus.conditionText === null ? [] : [textStep('condition met', bonus.conditionText)];
      explanation.push(moneyStep('bonus', v.amount, shape.currency));
      lines.push({ kind: 'bonus', name: bonus.name, amount, explanation });
    }
    if (values.caps.length > 0 || values.floors.length > 0) {
      const adjustment = planLimit(sum(lines.map((l) => l.amount)), values, shape.currency, round);
      if (adjustment) lines.push(adjustment);
    }
    values.ytd.forEach((v, i) => (state.ytd[i] = state.ytd[i]!.plus(v)));
    periods.push({ period: shape.periodNames[k]!, lines });
  }
  const closing = snapshot(state, span.stateShape, periods.length === 0 ? opening.after : periods[periods.length - 1]!.period);
  return buildStatement({ plan: shape.name, currency: shape.currency, ...(payee === undefined ? {} : { payee }), periods, warnings, opening, closing });
}

function componentLine(shape: ComponentShape, v: ComponentValues, carry: Carry, currency: string, round: (v: Dec) => Dec, observe?: (earned: Dec) => void): RoundedLine {
  const steps: ExplainStep[] = [];
  let failed = -1;
  for (let g = 0; g < shape.gateTexts.length && failed < 0; g++) if (!v.gates[g]) failed = g;
  let earned: Dec;
  if (failed >= 0) {
    steps.push(textStep('gate not met', shape.gateTexts[failed]!, 'the component pays nothing'));
    earned = ZERO;
    advanceRunning(shape, v, carry);
  } else {
    earned = earn(shape, v, carry, currency, steps);
    observe?.(earned);
    earned = limit(earned, v, currency, steps);
  }
  let amount: Dec;
  if (shape.cumulative) {
    steps.push(moneyStep('earned year to date', earned, currency), moneyStep('paid in earlier periods', carry.paid, currency));
    amount = round(earned.minus(carry.paid));
  } else {
    amount = round(earned);
  }
  // Only a cumulative component looks back at what it paid.
  if (shape.cumulative) carry.paid = carry.paid.plus(amount);
  return { kind: 'component', name: shape.name, amount, explanation: steps };
}

function earn(shape: ComponentShape, v: ComponentValues, carry: Carry, currency: string, steps: ExplainStep[]): Dec {
  const rule = shape.rule;
  switch (rule.kind) {
    case 'payout':
      steps.push(moneyStep('payout', v.amount!, currency, rule.text));
      return v.amount!;
    case 'curve': {
      const attainment = v.attainment!;
      const { value, band } = curveAt(v.bands, attainment);
      const earned = value.times(v.target!);
      steps.push(
        percentStep('attainment', attainment, shape.attainmentText ?? undefined),
        textStep('band', rule.bandTexts[band] ?? 'none'),
        percentStep('payout', value, 'of target'),
        moneyStep('target', v.target!, currency),
        moneyStep('earned', earned, currency),
      );
      return earned;
    }
    case 'commission':
      return rule.perDeal ? perDeal(rule, v, carry, currency, steps) : commission(rule, v.base!, v.key, v, currency, steps, rule.baseText);
  }
}

type CommissionRule = Extract<RuleShape, { kind: 'commission' }>;

function commission(rule: CommissionRule, base: Dec, key: Dec | null, v: ComponentValues, currency: string, steps: ExplainStep[], label: string): Dec {
  steps.push(moneyStep('amount', base, currency, label));
  switch (rule.mode) {
    case 'flat': {
      const pay = base.times(v.rate!);
      steps.push(percentStep('rate', v.rate!), moneyStep('commission', pay, currency));
      return pay;
    }
    case 'marginal': {
      const result = marginal(v.bands, base);
      for (const s of result.slices) {
        steps.push(moneyStep(`band ${rule.bandTexts[s.band]}`, s.pay, currency, `${formatMoney(s.amount, currency)} × ${formatPercent(s.rate)}`));
      }
      steps.push(moneyStep('commission', result.pay, currency));
      return result.pay;
    }
    case 'retroactive':
    case 'lookup': {
      const result = rule.mode === 'lookup' ? lookup(v.bands, key!, base) : retroactive(v.bands, base);
      if (rule.mode === 'lookup') steps.push(keyStep(rule, key!, currency));
      steps.push(textStep('band', rule.bandTexts[result.band] ?? 'none'), percentStep('rate', result.rate), moneyStep('commission', result.pay, currency));
      return result.pay;
    }
    case 'pro-rata': {
      const result = proRata(v.bands, base);
      for (const s of result.slices) {
        steps.push(moneyStep(`band ${rule.bandTexts[s.band]}`, s.pay, currency, `${formatPercent(s.fraction)} of the band reached`));
      }
      steps.push(moneyStep('commission', result.pay, currency));
      return result.pay;
    }
  }
}

function keyStep(rule: CommissionRule, key: Dec, currency: string): ExplainStep {
  const note = rule.keyText ?? undefined;
  if (rule.keyKind === 'money') return moneyStep('rate set by', key, currency, note);
  if (rule.keyKind === 'percent') return percentStep('rate set by', key, note);
  return numberStep('rate set by', key, note);
}

/** Deal by deal; with `running`, each deal's slice starts where the year's earlier deals left off. */
function perDeal(rule: CommissionRule, v: ComponentValues, carry: Carry, currency: string, steps: ExplainStep[]): Dec {
  let total = ZERO;
  v.deals!.forEach((deal, i) => {
    const terms = deal.terms ? { ...v, ...deal.terms } : v;
    const label = `${rule.itemName} ${deal.id ?? i + 1}`;
    let pay: Dec;
    let how: string;
    if (rule.running && rule.mode === 'marginal') {
      const from = carry.position;
      carry.position = from.plus(deal.base);
      const result = marginalBetween(terms.bands, from, carry.position);
      pay = result.pay;
      how = `${slicesText(result.slices, currency)}, priced from ${formatMoney(from, currency)} to ${formatMoney(carry.position, currency)} of the year`;
    } else if (rule.running) {
      carry.position = carry.position.plus(deal.base);
      const result = retroactive(terms.bands, carry.position);
      pay = deal.base.times(result.rate);
      how = `${formatMoney(deal.base, currency)} × ${formatPercent(result.rate)} at ${formatMoney(carry.position, currency)} of the year`;
    } else {
      const inner: ExplainStep[] = [];
      pay = commission(rule, deal.base, deal.key, terms, currency, inner, label);
      how = dealWorking(rule, deal.base, inner, currency);
    }
    steps.push(moneyStep(label, pay, currency, splitsIntoBands(rule) ? bandWorking(deal.base, pay, how, currency) : how));
    total = total.plus(pay);
  });
  steps.push(moneyStep('commission', total, currency));
  return total;
}

/** Marginal and pro-rata deals split across bands; their working ends with the effective rate. */
function splitsIntoBands(rule: CommissionRule): boolean {
  return rule.mode === 'marginal' || rule.mode === 'pro-rata';
}

function bandWorking(base: Dec, pay: Dec, how: string, currency: string): string {
  const effective = base.isZero() ? '' : ` (${formatPercent(pay.div(base))})`;
  return `${formatMoney(base, currency)}: ${how} = ${formatMoney(pay, currency)}${effective}`;
}

function slicesText(slices: readonly { amount: Dec; rate: Dec }[], currency: string): string {
  if (slices.length === 0) return 'no band reached';
  return slices.map((s) => `${formatMoney(s.amount, currency)} × ${formatPercent(s.rate)}`).join(' + ');
}

/** One deal's working, from the steps `commission` wrote for it: the band split or the rate applied. */
function dealWorking(rule: CommissionRule, base: Dec, inner: readonly ExplainStep[], currency: string): string {
  const rate = inner.find((s) => s.label === 'rate')?.value;
  const bands = inner.filter((s) => s.label.startsWith('band '));
  switch (rule.mode) {
    case 'flat':
      return `${formatMoney(base, currency)} × ${rate}`;
    case 'marginal':
      return bands.length === 0 ? 'no band reached' : bands.map((s) => s.note).join(' + ');
    case 'pro-rata':
      return bands.length === 0 ? 'no band reached' : bands.map((s) => `${s.label} ${s.note}`).join(' + ');
    case 'retroactive':
    case 'lookup':
      return `${formatMoney(base, currency)} × ${rate} (band ${inner.find((s) => s.label === 'band')?.value})`;
  }
}

/** A gated-out running component still moves the year's position, so later deals price correctly. */
function advanceRunning(shape: ComponentShape, v: ComponentValues, carry: Carry): void {
  if (shape.rule.kind === 'commission' && shape.rule.running && v.deals) {
    carry.position = carry.position.plus(sum(v.deals.map((d) => d.base)));
  }
}

/** Floors first, then caps, as `withinLimits` does; this one also explains which limit applied. */
function limit(earned: Dec, v: ComponentValues, currency: string, steps: ExplainStep[]): Dec {
  let result = earned;
  for (const floor of v.floors) {
    if (result.lt(floor)) {
      result = floor;
      steps.push(moneyStep('floor applied', floor, currency));
    }
  }
  for (const cap of v.caps) {
    if (result.gt(cap)) {
      result = cap;
      steps.push(moneyStep('cap applied', cap, currency));
    }
  }
  return result;
}

function planLimit(total: Dec, v: PeriodValues, currency: string, round: (v: Dec) => Dec): RoundedLine | null {
  for (const floor of v.floors) {
    if (total.lt(floor)) {
      return { kind: 'adjustment', name: 'plan floor', amount: round(floor.minus(total)), explanation: [moneyStep('period total', total, currency), moneyStep('plan floor', floor, currency)] };
    }
  }
  for (const cap of v.caps) {
    if (total.gt(cap)) {
      return { kind: 'adjustment', name: 'plan cap', amount: round(cap.minus(total)), explanation: [moneyStep('period total', total, currency), moneyStep('plan cap', cap, currency)] };
    }
  }
  return null;
}
