/**
 * fast-check arbitraries for whole plans, generated from the grammar rather than mutated from the
 * examples: a plan header (period, optional ote/mix, rounding, fiscal year), enums, a Deal record,
 * inputs of every kind (per period and `per year`, with defaults and constraints), lets, 1–4
 * components (payout curves, `payout` expressions, flat / marginal / retroactive / lookup / pro-rata
 * commissions, per-transaction and `running` commissions, gates, caps, floors, `cumulative` with
 * `ytd`), bonuses and plan limits. Every plan the arbitrary makes must check clean (warnings allowed).
 *
 * The plan is built from a tape of random naturals: each choice reads the next one, and an exhausted
 * tape reads 0, the first (simplest) option. Shrinking the tape towards zeros shrinks the plan
 * towards the simplest one, and every tape still spells a valid plan.
 */
import fc from 'fast-check';

/** The choices a plan is built from. */
class Tape {
  private at = 0;
  constructor(private readonly values: readonly number[]) {}
  nat(n: number): number {
    const v = this.values[this.at++] ?? 0;
    return n <= 1 ? 0 : v % n;
  }
  chance(percent: number): boolean {
    // 0 on the tape means "no": shrinking turns options off.
    return this.nat(100) >= 100 - percent;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.nat(items.length)]!;
  }
  /** One of several weighted alternatives; the first is the simplest. */
  oneOf<T>(alternatives: readonly (readonly [number, () => T])[]): T {
    const live = alternatives.filter(([w]) => w > 0);
    const total = live.reduce((s, [w]) => s + w, 0);
    let roll = this.nat(total);
    for (const [w, make] of live) {
      if (roll < w) return make();
      roll -= w;
    }
    return live[0]![1]();
  }
}

// ───────────── literals ─────────────

function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function moneyText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  return `${sign}$${grouped(whole)}${fraction === 0 ? '' : `.${String(fraction).padStart(2, '0')}`}`;
}

/** A percentage from basis points: 12.5% is 1250. */
function percentText(bp: number): string {
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  const tail = fraction === 0 ? '' : `.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
  return `${sign}${grouped(whole)}${tail}%`;
}

/**
 * The contents of a text literal: plain words, and characters that mean something to JavaScript
 * source (quotes, backslashes, `${`, backticks, `</script>`, tabs, a line separator, non-ASCII).
 *
 * (Once left out: `*\/` and U+2028 where the module quoted them in comments, found by this fuzz.)
 */
const TEXTS = ['hold', 'x', "it's", 'back\\slash', '${x}', '`tick`', '</script>', 'tab\there', 'Ö. Şahin', '', ' spaced ', 'line\u2028separator', 'para\u2029graph', 'end */ of comment', '€100'];

function textLit(t: Tape): string {
  return `"${t.pick(TEXTS)}"`;
}

const ROUND_DOLLARS = [0, 100, 1_000, 5_000, 10_000, 50_000, 100_000, 250_000, 500_000, 1_000_000];

function moneyLit(t: Tape, allowNegative = true): string {
  return t.oneOf([
    [5, () => moneyText(t.pick(ROUND_DOLLARS) * 100)],
    [2, () => moneyText(t.nat(2_000_000) * 100)],
    [1, () => moneyText(t.nat(100_000))],
    [allowNegative ? 1 : 0, () => `-${moneyText(t.pick(ROUND_DOLLARS.slice(1)) * 100)}`],
  ]);
}

function percentLit(t: Tape, allowNegative = true): string {
  return t.oneOf([
    [5, () => percentText(t.pick([0, 100, 300, 500, 800, 1000, 1200, 2500, 5000, 7500, 9000, 10000, 12000, 15000, 20000]))],
    [2, () => percentText(t.nat(30000))],
    [1, () => percentText(t.nat(2000) * 5)],
    [allowNegative ? 1 : 0, () => `-${percentText(t.pick([300, 1000, 5000]))}`],
  ]);
}

function numberLit(t: Tape, allowNegative = true): string {
  return t.oneOf([
    [4, () => String(t.pick([0, 1, 2, 3, 4, 5, 7, 10, 50, 100, 1000]))],
    [2, () => `${t.nat(100)}.${t.pick(['5', '25', '125', '75', '1'])}`],
    [allowNegative ? 1 : 0, () => `-${t.pick([1, 2, 10, 2.5])}`],
  ]);
}

function nonZeroNumberLit(t: Tape): string {
  return t.pick(['2', '4', '3', '0.5', '1.5', '12', '-2', '1,000']);
}

// ───────────── the plan's names ─────────────

type Kind = 'money' | 'percent' | 'number' | 'bool';

interface EnumValue {
  readonly text: string;
  readonly members: readonly string[];
  /** How a member is written: bare, or qualified when the enum has a name. */
  readonly member: (m: string) => string;
}

/** What an expression can read where it stands. */
interface Scope {
  readonly names: Record<Kind, string[]>;
  /** Money names that are never zero, safe to divide by. */
  readonly positive: string[];
  readonly enums: EnumValue[];
  /** Whether `deals` is an input. */
  readonly deals: boolean;
  /** The Deal record's fields beyond `amount` and `kind`. */
  readonly fields: DealFields;
  /** Locals bound around this point (`d` in `sum(… for d in deals)`), innermost last. */
  readonly locals: readonly string[];
  readonly hasFiscalYear: boolean;
  /** Date values that can be read here (`review`, `owner.started`, `d.closed`). */
  readonly dates: string[];
}

interface DealFields {
  readonly credit: boolean;
  readonly units: boolean;
  readonly multiplier: boolean;
  readonly hurdle: boolean;
  readonly segment: boolean;
  readonly closed: boolean;
  /** `id: Text`, which names each deal on the statement. */
  readonly id: boolean;
  /** `partner: Partner`, a record inside the record. */
  readonly partner: boolean;
  /** `lines: list of Line`, a list inside the record. */
  readonly lines: boolean;
  /** `fx: Money(EUR) = €0`, an amount in another currency. */
  readonly fx: boolean;
}

function withLocal(s: Scope, v: string): Scope {
  const names: Record<Kind, string[]> = {
    money: [...s.names.money, `${v}.amount`, ...(s.fields.hurdle ? [`${v}.hurdle`] : [])],
    percent: [...s.names.percent, ...(s.fields.credit ? [`${v}.credit`] : []), ...(s.fields.partner ? [`${v}.partner.share`] : [])],
    number: [...s.names.number, ...(s.fields.units ? [`${v}.units`] : []), ...(s.fields.multiplier ? [`${v}.multiplier`] : [])],
    bool: [
      ...s.names.bool,
      ...(s.fields.partner ? [`${v}.partner.tier == gold`, `${v}.partner.name != "direct"`, `${v}.partner.name == "it's"`] : []),
      ...(s.fields.fx ? [`${v}.fx > €0`] : []),
      ...(s.fields.id ? [`${v}.id != "A-1"`, `${v}.id == "m"`] : []),
    ],
  };
  const enums = [...s.enums, { text: `${v}.kind`, members: KINDS, member: (m: string) => m }];
  const dates = s.fields.closed ? [...s.dates, `${v}.closed`] : s.dates;
  if (s.fields.segment) enums.push({ text: `${v}.segment`, members: SEGMENTS, member: (m: string) => `Segment.${m}` });
  return { ...s, names, enums, dates, locals: [...s.locals, v] };
}

/**
 * The scope a `ytd(…)` argument is written in: no list items, which exist in one period only, and no
 * aggregations either: the checker rejects `ytd(sum(d.amount for d in deals))` with PP3011 (it looks
 * for any local name inside the argument, even one bound inside it), so a year-to-date aggregate is
 * written through a `let`, as the examples do.
 */
function withoutLocals(s: Scope): Scope {
  if (s.locals.length === 0) return { ...s, deals: false };
  const local = (n: string) => s.locals.some((l) => n.startsWith(`${l}.`));
  const keep = (names: readonly string[]) => names.filter((n) => !local(n));
  return {
    ...s,
    names: { money: keep(s.names.money), percent: keep(s.names.percent), number: keep(s.names.number), bool: keep(s.names.bool) },
    enums: s.enums.filter((e) => !local(e.text)),
    dates: keep(s.dates),
    deals: false,
    locals: [],
  };
}

const KINDS = ['new', 'renewal', 'expansion'];
const SEGMENTS = ['smb', 'mid_market', 'enterprise'];
const REGIONS = ['amer', 'emea', 'apac'];
const LOCALS = ['d', 'e', 'x'];

// ───────────── expressions ─────────────

class Expressions {
  constructor(
    private readonly t: Tape,
    /** The scope without locals, for `ytd` arguments. */
    private readonly top: Scope,
  ) {}

  money(s: Scope, depth: number): string {
    const t = this.t;
    const atom = () => (s.names.money.length > 0 && t.chance(70) ? t.pick(s.names.money) : moneyLit(t));
    if (depth <= 0) return atom();
    const d = depth - 1;
    return t.oneOf<string>([
      [6, atom],
      [2, () => `(${this.money(s, d)} + ${this.money(s, d)})`],
      [2, () => `(${this.money(s, d)} - ${this.money(s, d)})`],
      [3, () => `(${this.percent(s, d)} of ${this.money(s, d)})`],
      [2, () => `(${this.money(s, d)} * ${this.percent(s, d)})`],
      [1, () => `(${this.number(s, d)} * ${this.money(s, d)})`],
      [1, () => `(${this.money(s, d)} / ${nonZeroNumberLit(t)})`],
      [1, () => `(${this.money(s, d)} / ${t.pick(['50%', '125%', '10%'])})`],
      [1, () => `-(${this.money(s, d)})`],
      [1, () => `min(${this.money(s, d)}, ${this.money(s, d)})`],
      [1, () => `max(${this.money(s, d)}, ${this.money(s, d)}, ${this.money(s, d)})`],
      // The high bound never below the low one (PP4031 rejects a constant pair the wrong way round).
      [1, () => {
        const low = moneyLit(t);
        return `clamp(${this.money(s, d)}, ${low}, max(${low}, ${this.money(s, d)}))`;
      }],
      [1, () => `abs(${this.money(s, d)})`],
      [2, () => `(if ${this.bool(s, d)} then ${this.money(s, d)} else ${this.money(s, d)})`],
      [s.deals ? 4 : 0, () => this.aggregate(s, d, 'money')],
      [2, () => `ytd(${this.money(withoutLocals(s), d)})`],
    ]);
  }

  percent(s: Scope, depth: number): string {
    const t = this.t;
    const atom = () => (s.names.percent.length > 0 && t.chance(60) ? t.pick(s.names.percent) : percentLit(t));
    if (depth <= 0) return atom();
    const d = depth - 1;
    return t.oneOf<string>([
      [6, atom],
      [3, () => `(${this.money(s, d)} / ${this.divisor(s, d)})`],
      // Now and then by something that may be zero: a PayoutError both back ends must raise alike.
      [s.names.money.length > 1 ? 1 : 0, () => `(${this.money(s, d)} / ${t.pick(s.names.money)})`],
      [2, () => `(${this.percent(s, d)} + ${this.percent(s, d)})`],
      [1, () => `(${this.percent(s, d)} - ${this.percent(s, d)})`],
      [1, () => `(${this.percent(s, d)} * ${this.percent(s, d)})`],
      [1, () => `(${this.number(s, d)} * ${this.percent(s, d)})`],
      [1, () => `(${this.percent(s, d)} of ${this.percent(s, d)})`],
      [1, () => `(${this.percent(s, d)} / ${nonZeroNumberLit(t)})`],
      [1, () => `(${this.percent(s, d)} / ${t.pick(['50%', '80%', '200%'])})`],
      [1, () => `min(${this.percent(s, d)}, ${this.percent(s, d)})`],
      [1, () => `max(${this.percent(s, d)}, ${this.percent(s, d)})`],
      [1, () => `clamp(${this.percent(s, d)}, 0%, ${percentLit(t, false)})`],
      [1, () => `abs(${this.percent(s, d)})`],
      [1, () => `(if ${this.bool(s, d)} then ${this.percent(s, d)} else ${this.percent(s, d)})`],
      [s.deals ? 1 : 0, () => this.aggregate(s, d, 'percent')],
    ]);
  }

  /** A Money value that is never zero: a positive input, a nonzero literal, a year-to-date quota. */
  divisor(s: Scope, depth: number): string {
    const t = this.t;
    const top = this.top;
    return t.oneOf<string>([
      [4, () => (s.positive.length > 0 ? t.pick(s.positive) : moneyText((1 + t.nat(1000)) * 100_00))],
      [1, () => moneyText((1 + t.nat(1000)) * 100_00)],
      [top.positive.length > 0 ? 1 : 0, () => `ytd(${t.pick(top.positive)})`],
      [1, () => `max(${this.money(s, depth - 1)}, ${moneyText((1 + t.nat(100)) * 100)})`],
    ]);
  }

  number(s: Scope, depth: number): string {
    const t = this.t;
    const atom = () =>
      t.oneOf<string>([
        [3, () => numberLit(t)],
        [s.names.number.length > 0 ? 4 : 0, () => t.pick(s.names.number)],
        [1, () => 'period.number'],
      ]);
    if (depth <= 0) return atom();
    const d = depth - 1;
    return t.oneOf<string>([
      [6, atom],
      [s.deals ? 3 : 0, () => this.aggregate(s, d, 'count')],
      [2, () => `(${this.number(s, d)} + ${this.number(s, d)})`],
      [1, () => `(${this.number(s, d)} - ${this.number(s, d)})`],
      [1, () => `(${this.number(s, d)} * ${this.number(s, d)})`],
      [1, () => `(${this.number(s, d)} / ${nonZeroNumberLit(t)})`],
      [s.names.number.length > 0 ? 1 : 0, () => `(${this.number(s, d)} / ${t.pick(s.names.number)})`],
      [1, () => `(${this.percent(s, d)} of ${this.number(s, d)})`],
      [1, () => `min(${this.number(s, d)}, ${this.number(s, d)})`],
      [1, () => `max(${this.number(s, d)}, ${this.number(s, d)})`],
      [1, () => `abs(${this.number(s, d)})`],
      [1, () => `(if ${this.bool(s, d)} then ${this.number(s, d)} else ${this.number(s, d)})`],
      [1, () => `ytd(${this.number(withoutLocals(s), d)})`],
      [s.deals && s.fields.units ? 1 : 0, () => this.aggregate(s, d, 'number')],
    ]);
  }

  bool(s: Scope, depth: number): string {
    const t = this.t;
    const ops = ['<', '<=', '>', '>=', '==', '!='];
    const atom = (): string =>
      t.oneOf<string>([
        [s.names.bool.length > 0 ? 3 : 0, () => t.pick(s.names.bool)],
        [1, () => t.pick(['true', 'false'])],
        [s.enums.length > 0 ? 3 : 0, () => {
          const e = t.pick(s.enums);
          return `${e.text} ${t.pick(['==', '!='])} ${e.member(t.pick(e.members))}`;
        }],
        [3, () => `${this.money(s, 0)} ${t.pick(ops)} ${this.money(s, 0)}`],
        [2, () => `${this.percent(s, 0)} ${t.pick(ops)} ${percentLit(t)}`],
        [1, () => `${this.number(s, 0)} ${t.pick(ops)} ${numberLit(t)}`],
        [s.hasFiscalYear && s.fields.closed && s.locals.length > 0 ? 2 : 0, () => `${s.locals[s.locals.length - 1]}.closed ${t.pick(['>=', '<', '<='])} period.${t.pick(['start', 'end'])}`],
        [s.dates.length > 0 || (s.deals && s.fields.closed) ? 2 : 0, () => `${this.date(s, 1)} ${t.pick(ops)} ${this.date(s, 1)}`],
      ]);
    if (depth <= 0) return atom();
    const d = depth - 1;
    return t.oneOf<string>([
      [5, atom],
      [3, () => `${this.money(s, d)} ${t.pick(ops)} ${this.money(s, d)}`],
      [2, () => `${this.percent(s, d)} ${t.pick(ops)} ${this.percent(s, d)}`],
      [1, () => `${this.number(s, d)} ${t.pick(ops)} ${this.number(s, d)}`],
      [1, () => `not (${this.bool(s, d)})`],
      [1, () => `(${this.bool(s, d)}) ${t.pick(['==', '!='])} (${this.bool(s, d)})`],
      [2, () => `(${this.bool(s, d)} and ${this.bool(s, d)})`],
      [2, () => `(${this.bool(s, d)} or ${this.bool(s, d)})`],
    ]);
  }

  /** A Date: a date input or field, a literal, the period's dates, the latest deal, min / max / if of dates. */
  date(s: Scope, depth: number): string {
    const t = this.t;
    const atom = () =>
      t.oneOf<string>([
        [1, () => t.pick(['2026-01-01', '2026-03-31', '2026-06-30', '2025-12-31', '2027-01-01'])],
        [s.dates.length > 0 ? 3 : 0, () => t.pick(s.dates)],
        [s.hasFiscalYear ? 2 : 0, () => `period.${t.pick(['start', 'end'])}`],
      ]);
    if (depth <= 0) return atom();
    return t.oneOf<string>([
      [4, atom],
      [1, () => `${t.pick(['min', 'max'])}(${this.date(s, depth - 1)}, ${this.date(s, depth - 1)})`],
      [1, () => `(if ${this.bool(s, 0)} then ${this.date(s, depth - 1)} else ${this.date(s, depth - 1)})`],
      [s.deals && s.fields.closed ? 2 : 0, () => {
        const v = LOCALS.find((l) => !s.locals.includes(l)) ?? 'd';
        const fn = t.pick(['min', 'max']);
        const agg = `${fn}(${v}.closed for ${v} in deals)`;
        return t.chance(10) ? agg : `(if count(${v} in deals) > 0 then ${agg} else 2026-01-01)`;
      }],
    ]);
  }

  /** An aggregation over `deals`; min, max and average of a possibly empty list are guarded. */
  aggregate(s: Scope, depth: number, kind: 'money' | 'percent' | 'count' | 'number'): string {
    const t = this.t;
    // Now and then the item's name shadows an outer item's (all items are Deals).
    const v = s.locals.length > 0 && t.chance(25) ? t.pick(s.locals) : LOCALS.find((l) => !s.locals.includes(l));
    if (!v) return kind === 'money' ? moneyLit(t) : kind === 'percent' ? percentLit(t) : numberLit(t);
    const inner = withLocal(s, v);
    const where = t.oneOf<string>([
      [2, () => ''],
      [2, () => ` where ${v}.kind ${t.pick(['==', '!='])} ${t.pick(KINDS)}`],
      [1, () => ` where ${v}.amount ${t.pick(['>', '>=', '<'])} ${this.money(s, 0)}`],
      [1, () => ` where ${this.bool(inner, Math.min(depth, 1))}`],
    ]);
    if (kind === 'count') return `count(${v} in deals${where})`;
    // Mostly the item's own fields, as real plans do; now and then any expression.
    const own = (k: Kind) => inner.names[k].filter((n) => n.startsWith(`${v}.`));
    const field = (k: Kind, other: () => string) => (own(k).length > 0 && t.chance(60) ? t.pick(own(k)) : other());
    const value = () =>
      kind === 'money'
        ? t.oneOf<string>([
            [3, () => `${v}.amount`],
            [inner.fields.credit ? 2 : 0, () => `${v}.amount * ${v}.credit`],
            [2, () => this.money(inner, Math.min(depth, 2))],
          ])
        : kind === 'percent'
          ? field('percent', () => this.percent(inner, Math.min(depth, 1)))
          : field('number', () => this.number(inner, Math.min(depth, 1)));
    const fn = kind === 'money' ? t.pick(['sum', 'sum', 'sum', 'min', 'max', 'average']) : t.pick(['sum', 'min', 'max', 'average']);
    const agg = `${fn}(${value()} for ${v} in deals${where})`;
    if (fn === 'sum') return agg;
    const zero = kind === 'money' ? '$0' : kind === 'percent' ? '0%' : '0';
    // Now and then unguarded: an empty list is then a PayoutError, which both back ends must agree on.
    if (t.chance(10)) return agg;
    return `(if count(${v} in deals${where}) > 0 then ${agg} else ${zero})`;
  }
}

// ───────────── band tables ─────────────

interface BoundStyle {
  /** How a cut point reads: `85%`, `$100,000`, `120% of quota`, `d.hurdle`. */
  readonly text: (cut: number) => string;
  /** The zero of the key, for a first band written `from 0…`; null when it cannot be written. */
  readonly zero: string | null;
}

/** Strictly increasing positive cut points. */
function cuts(t: Tape, count: number, pool: readonly number[], step: number): number[] {
  const out: number[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const candidates = pool.filter((p) => p > at);
    at = candidates.length > 0 && t.chance(60) ? t.pick(candidates) : at + step * (1 + t.nat(20));
    out.push(at);
  }
  return out;
}

interface BandShape {
  readonly lower: string | null;
  readonly upper: string | null;
}

/** The bounds of `n` bands covering 0 and everything above it exactly once. */
function bandBounds(t: Tape, points: readonly number[], style: BoundStyle): BandShape[] {
  const bands: BandShape[] = [];
  let lower: string | null = null;
  if (points.length === 0 && style.zero !== null) return [{ lower: `from ${style.zero}`, upper: null }];
  if (style.zero !== null && t.chance(25)) lower = `from ${style.zero}`;
  for (const cut of points) {
    const inclusive = t.chance(50);
    bands.push({ lower, upper: `${inclusive ? 'up to' : 'below'} ${style.text(cut)}` });
    lower = `${inclusive ? 'above' : 'from'} ${style.text(cut)}`;
  }
  bands.push({ lower, upper: null });
  return bands;
}

function bandLine(b: BandShape, value: string): string {
  return `      ${[b.lower, b.upper].filter((x) => x !== null).join(' ')} -> ${value}`;
}

// ───────────── the plan ─────────────

interface ComponentPlan {
  readonly kind: 'curve' | 'payout' | 'commission' | 'per-deal';
  readonly weight: number | null; // basis points
}

function buildPlan(t: Tape): string {
  const lines: string[] = [];
  const period = t.pick(['quarter', 'month', 'year']);
  const componentCount = 1 + t.nat(4);
  const hasMix = t.chance(60);
  const hasFiscalYear = t.chance(25);

  // Which components, and which of them are weighted (weights must add up to 100%).
  const kinds: ComponentPlan['kind'][] = [];
  for (let i = 0; i < componentCount; i++) {
    kinds.push(t.oneOf<ComponentPlan['kind']>([[3, () => 'commission'], [hasMix ? 3 : 0, () => 'curve'], [2, () => 'payout'], [2, () => 'per-deal']]));
  }
  const weighted = kinds.map((k) => k === 'curve' || (hasMix && k !== 'per-deal' && t.chance(35)));
  const weightedCount = weighted.filter(Boolean).length;
  // Weights in steps of 5% (now and then 0.25%), at least one step each, adding up to 100%.
  const weights: number[] = [];
  const unit = t.chance(20) ? 25 : 500;
  let spare = 10000 / unit - weightedCount;
  for (let i = 0; i < weightedCount; i++) {
    const extra = i === weightedCount - 1 ? spare : t.nat(spare + 1);
    weights.push(unit * (1 + extra));
    spare -= extra;
  }
  let wi = 0;
  const components: ComponentPlan[] = kinds.map((kind, i) => ({ kind, weight: weighted[i] ? weights[wi++]! : null }));

  const needsDeals = kinds.includes('per-deal');
  const hasDeals = needsDeals || t.chance(70);
  const fields: DealFields = {
    credit: t.chance(60),
    units: t.chance(30),
    multiplier: t.chance(30),
    hurdle: t.chance(25),
    segment: t.chance(30),
    closed: hasFiscalYear && t.chance(60),
    id: t.chance(30),
    partner: t.chance(20),
    lines: t.chance(20),
    fx: t.chance(15),
  };

  lines.push(`plan "Fuzz ${t.nat(1000)}${t.chance(20) ? ` ${textLit(t).slice(1, -1)}` : ''}" {`, '  currency USD', `  period ${period}`);
  if (hasFiscalYear) lines.push(`  fiscal year starts ${t.pick(['2026-01-01', '2026-02-01', '2025-07-01'])}`);
  if (hasMix) {
    const ote = t.pick([100_000, 120_000, 150_000, 200_000, 87_500]);
    const base = t.pick([50, 60, 70, 75, 80, 90, 85]);
    lines.push(`  ote ${moneyText(ote * 100)}`, `  mix ${base}% base / ${100 - base}% variable`);
  }
  if (t.chance(40)) lines.push(`  rounding ${t.pick(['half-even', 'half-up', 'down', 'up'])} to ${t.pick(['0.01', '1', '0.05', '10', '0.1'])}`);

  // Enums and the Deal record.
  const segmentNeeded = fields.segment || t.chance(30);
  if (segmentNeeded) lines.push(`  enum Segment { ${SEGMENTS.join(', ')} }`);
  const names: Record<Kind, string[]> = { money: [], percent: [], number: [], bool: [] };
  const dates: string[] = [];
  const positive: string[] = [];
  const enums: EnumValue[] = [];
  if (hasDeals) {
    const fieldLines = ['amount: Money'];
    fieldLines.push(t.chance(50) ? `kind: ${KINDS.join(' | ')}` : 'kind: Kind');
    if (!fieldLines[1]!.includes('|')) lines.push(`  enum Kind { ${KINDS.join(', ')} }`);
    if (fields.credit) fieldLines.push(`credit: Percent${t.chance(70) ? ' = 100%' : ''}`);
    if (fields.units) fieldLines.push(`units: Count${t.chance(50) ? ' = 1' : ''}`);
    if (fields.multiplier) fieldLines.push(`multiplier: Number${t.chance(50) ? ' = 1' : ''}`);
    if (fields.hurdle) fieldLines.push(`hurdle: Money${t.chance(30) ? ' = $10,000' : ''}`);
    if (fields.segment) fieldLines.push(`segment: Segment${t.chance(30) ? ' = smb' : ''}`);
    if (fields.closed) fieldLines.push('closed: Date');
    if (fields.id) fieldLines.unshift('id: Text');
    if (fields.partner) {
      lines.push(`  record Partner { name: Text = ${t.chance(50) ? '"direct"' : textLit(t)}, share: Percent${t.chance(60) ? ' = 0%' : ''}, tier: gold | silver = silver }`);
      fieldLines.push('partner: Partner');
    }
    if (fields.lines) {
      lines.push(`  record Line { amount: Money, units: Count${t.chance(60) ? ' = 1' : ''} }`);
      fieldLines.push('lines: list of Line');
    }
    if (fields.fx) fieldLines.push('fx: Money(EUR) = €0');
    lines.push(`  record Deal { ${fieldLines.join(', ')} }`);
  }

  // Inputs: a quota (positive, to divide by), then a random selection.
  const perYear = () => (t.chance(30) ? ' per year' : '');
  lines.push(`  input quota: Money${perYear()} must be positive`);
  names.money.push('quota');
  positive.push('quota');
  if (hasDeals) lines.push(`  input deals: list of Deal${t.chance(10) ? ' per year' : ''}`);
  if (t.chance(50)) {
    lines.push(`  input stretch: Money${perYear()} must be positive`);
    names.money.push('stretch');
    positive.push('stretch');
  }
  if (t.chance(60)) {
    const dflt = t.chance(30) ? ' = $0' : '';
    const constraint = t.chance(50) ? ' must be non-negative' : '';
    lines.push(`  input revenue: Money${perYear()}${dflt}${constraint}`);
    names.money.push('revenue');
  }
  if (t.chance(50)) {
    const dflt = t.chance(30) ? ' = 100%' : '';
    lines.push(`  input score: Percent${perYear()}${dflt}${t.chance(60) ? ' must be between 0% and 200%' : ''}`);
    names.percent.push('score');
  }
  if (t.chance(30)) {
    lines.push('  input grr: Percent must be between 50% and 110%');
    names.percent.push('grr');
  }
  if (t.chance(30)) {
    lines.push(`  input nps: Number${t.chance(40) ? ' = 0' : ''}${t.chance(70) ? ' must be between -100 and 100' : ''}`);
    names.number.push('nps');
  }
  if (t.chance(30)) {
    lines.push(`  input seats: Count${perYear()}${t.chance(50) ? ' = 0' : ''}${t.chance(40) ? ' must be non-negative' : ''}`);
    names.number.push('seats');
  }
  if (t.chance(35)) {
    lines.push(`  input certified: Bool${t.chance(60) ? ' = false' : ''}`);
    names.bool.push('certified');
  }
  if (segmentNeeded && t.chance(60)) {
    lines.push(`  input segment: Segment${t.chance(40) ? ' = mid_market' : ''}`);
    enums.push({ text: 'segment', members: SEGMENTS, member: (m) => (t.chance(30) ? `Segment.${m}` : m) });
  }

  if (t.chance(20)) {
    lines.push(`  input accelerator: Percent per year = 100%${t.chance(70) ? ' must be between 50% and 200%' : ''}`);
    names.percent.push('accelerator');
  }
  if (t.chance(15)) {
    lines.push(`  input factor: Number per year${t.chance(50) ? ' = 1' : ''}`);
    names.number.push('factor');
  }
  if (t.chance(15)) {
    lines.push(`  input cap_amount: Money must be between $0 and $1,000,000`);
    names.money.push('cap_amount');
  }
  if (t.chance(15)) {
    lines.push(`  input active: Bool per year${t.chance(50) ? ' = true' : ''}`);
    names.bool.push('active');
  }
  if (t.chance(15)) {
    lines.push(`  input note: Text${t.chance(60) ? ` = ${textLit(t)}` : ''}`);
    names.bool.push(`note ${t.pick(['==', '!='])} ${textLit(t)}`, `note == ${textLit(t)}`);
  }
  if (t.chance(15)) {
    lines.push(`  input review: Date${perYear()}${t.chance(50) ? ' = 2026-06-30' : ''}`);
    names.bool.push(`review ${t.pick(['<', '>=', '=='])} ${t.pick(['2026-03-31', '2026-06-30', '2025-12-31'])}`);
    dates.push('review');
  }
  if (t.chance(15)) {
    lines.push(`  enum Region { ${REGIONS.join(', ')} }`);
    lines.push('  record Owner { name: Text, region: Region = amer, started: Date = 2026-01-01 }');
    lines.push(`  input owner: Owner${perYear()}`);
    names.bool.push(`owner.region ${t.pick(['==', '!='])} Region.${t.pick(REGIONS)}`, `owner.started <= ${t.pick(['2026-01-01', '2026-04-01'])}`, `owner.name != ${textLit(t)}`);
    dates.push('owner.started');
  } else if (t.chance(20)) {
    lines.push(`  input region: ${REGIONS.join(' | ')}${perYear()}`);
    enums.push({ text: 'region', members: REGIONS, member: (m) => m });
  }
  if (t.chance(15)) {
    lines.push(`  input adjustments: list of Money${perYear()}`);
    lines.push('  let adjusted = sum(a for a in adjustments)');
    names.money.push('adjusted');
  }
  if (hasDeals && fields.lines) {
    lines.push(`  let line_total = sum(sum(l.amount * l.units for l in d.lines) for d in deals)`);
    names.money.push('line_total');
  }
  if (hasDeals && fields.fx) {
    lines.push(`  let fx_total = sum(d.fx for d in deals)`);
    names.bool.push(`fx_total ${t.pick(['>=', '<'])} €${t.pick(['0', '1,000'])}`);
  }

  const scope: Scope = { names, positive, enums, deals: hasDeals, fields, locals: [], hasFiscalYear, dates };
  if (hasMix) names.money.push('base', 'variable');
  const x = new Expressions(t, scope);

  // Lets, each reading the inputs and the lets before it.
  const letCount = t.nat(4);
  for (let i = 0; i < letCount; i++) {
    const kind = t.pick<Kind>(['money', 'money', 'percent', 'number', 'bool']);
    const name = `${kind === 'money' ? 'amount' : kind === 'percent' ? 'ratio' : kind === 'number' ? 'units' : 'flag'}_${i}`;
    const depth = 1 + t.nat(3);
    const value =
      kind === 'money' && hasDeals && t.chance(50)
        ? x.aggregate(scope, depth, 'money')
        : kind === 'money' ? x.money(scope, depth) : kind === 'percent' ? x.percent(scope, depth) : kind === 'number' ? x.number(scope, depth) : x.bool(scope, depth);
    lines.push(`  let ${name} = ${value}`);
    names[kind].push(name);
  }

  components.forEach((c, i) => lines.push(...component(t, x, scope, c, i, hasMix)));

  // Bonuses.
  const planScope: Scope = hasMix ? { ...scope, names: { ...names, money: [...names.money, 'target'] } } : scope;
  const bonusCount = t.nat(3);
  // Bonus names that are JavaScript property names, or that read alike once made identifiers.
  const bonusNames = ['__proto__', 'constructor', 'a b', 'a_b', 'a-b', 'A B', 'toString', "President's Club"];
  for (let i = 0; i < bonusCount; i++) {
    const awkward = t.chance(25) ? bonusNames.splice(t.nat(bonusNames.length), 1)[0] : undefined;
    const amount = t.chance(50) ? moneyLit(t, false) : x.money(planScope, 1 + t.nat(2));
    const when = t.chance(70) ? ` when ${x.bool(planScope, t.nat(3))}` : '';
    lines.push(`  bonus "${awkward ?? `Bonus ${i}${t.chance(20) ? ` ${textLit(t).slice(1, -1)}` : ''}`}" ${amount}${when}${t.chance(35) ? ' once' : ''}`);
  }

  // Plan limits.
  if (t.chance(25)) lines.push(`  cap ${capText(t, x, planScope, hasMix)}`);
  if (t.chance(20)) lines.push(`  floor ${floorText(t, x, planScope, hasMix)}`);
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** A cap that is never below a floor from `floorText`: fixed caps ≥ $1,000, shares ≥ 100% of target. */
function capText(t: Tape, x: Expressions, s: Scope, hasTarget: boolean): string {
  return t.oneOf<string>([
    [3, () => moneyText(t.pick([1_000, 5_000, 10_000, 25_000, 100_000]) * 100)],
    [hasTarget ? 3 : 0, () => `${t.pick(['100%', '120%', '150%', '200%'])} of target`],
    [2, () => `max(${x.money(s, 1)}, ${moneyText(t.pick([1_000, 20_000]) * 100)})`],
  ]);
}

/** A floor that is never above a cap from `capText`: fixed floors ≤ $0, shares ≤ 50% of target. */
function floorText(t: Tape, x: Expressions, s: Scope, hasTarget: boolean): string {
  return t.oneOf<string>([
    [3, () => t.pick(['$0', '-$1,000', '-$250.50'])],
    [hasTarget ? 2 : 0, () => `${t.pick(['0%', '10%', '50%'])} of target`],
    [1, () => `min(${x.money(s, 1)}, $0)`],
  ]);
}

function component(t: Tape, x: Expressions, plan: Scope, c: ComponentPlan, index: number, hasMix: boolean): string[] {
  const name = `${['Alpha', 'Bravo', 'Charlie', 'Delta'][index]}${c.kind === 'curve' ? 'Curve' : c.kind === 'payout' ? 'Payout' : c.kind === 'per-deal' ? 'Deals' : 'Commission'}`;
  const weight = c.weight === null ? '' : ` weight ${percentText(c.weight)}`;
  const cumulative = t.chance(c.kind === 'curve' ? 40 : 15);
  const s: Scope = c.weight !== null ? { ...plan, names: { ...plan.names, money: [...plan.names.money, 'target'] } } : plan;
  const out = [`  component ${name}${weight}${cumulative ? ' cumulative' : ''} {`];
  const gates = t.nat(3) === 2 ? 1 + t.nat(2) : 0;
  for (let g = 0; g < gates; g++) out.push(`    gate ${x.bool(s, t.nat(3))}`);
  switch (c.kind) {
    case 'curve':
      out.push(`    attainment ${attainment(t, x, s, cumulative)}`, ...curve(t, x, s));
      break;
    case 'payout':
      if (t.chance(15)) out.push(`    attainment ${attainment(t, x, s, cumulative)}`);
      out.push(`    payout ${c.weight !== null && t.chance(60) ? `target * ${x.percent(s, 1 + t.nat(2))}` : x.money(s, 1 + t.nat(3))}`);
      break;
    case 'commission':
      out.push(...commission(t, x, s, null));
      break;
    case 'per-deal': {
      const v = t.pick(LOCALS);
      const inner = withLocal(s, v);
      const where = t.chance(50) ? ` where ${x.bool(inner, t.nat(2))}` : '';
      out.push(...commission(t, x, inner, `per ${v} in deals${where}`, v));
      break;
    }
  }
  if (t.chance(35)) out.push(`    cap ${capText(t, x, s, c.weight !== null && hasMix)}`);
  if (t.chance(25)) out.push(`    floor ${floorText(t, x, s, c.weight !== null && hasMix)}`);
  if (t.chance(10)) out.push(`    cap ${capText(t, x, s, c.weight !== null && hasMix)}`);
  if (t.chance(5)) out.push(`    floor ${floorText(t, x, s, c.weight !== null && hasMix)}`);
  out.push('  }');
  return out;
}

function attainment(t: Tape, x: Expressions, s: Scope, cumulative: boolean): string {
  const divisor = s.positive.length > 0 ? t.pick(s.positive) : 'quota';
  return t.oneOf<string>([
    [cumulative ? 6 : 1, () => `ytd(${x.money(withoutLocals(s), t.nat(2))}) / ytd(${divisor})`],
    [cumulative ? 1 : 5, () => `${x.money(s, t.nat(3))} / ${divisor}`],
    [2, () => x.percent(s, 1 + t.nat(2))],
  ]);
}

/** A payout curve: bands with random increasing percentage bounds, paying constants, linear or slope. */
function curve(t: Tape, x: Expressions, s: Scope): string[] {
  const points = cuts(t, t.nat(5), [2500, 5000, 7500, 8500, 9000, 10000, 11000, 12000, 15000, 20000], 500);
  const bands = bandBounds(t, points, { text: percentText, zero: '0%' });
  const out = ['    payout curve {'];
  bands.forEach((b, i) => {
    const value = t.oneOf<string>([
      [3, () => percentLit(t, false)],
      [1, () => x.percent(s, 1)],
      [b.lower !== null && b.upper !== null ? 3 : 0, () => `linear ${percentLit(t, false)} to ${percentLit(t, false)}`],
      [i > 0 && b.lower !== null ? 3 : 0, () => `slope ${t.pick(['0', '0.5', '1', '1.5', '2', '2.5', '3'])}`],
    ]);
    out.push(bandLine(b, value).replace(/^ {6}/, '      '));
  });
  out.push('    }');
  return out;
}

/** A commission: on a total, or deal by deal when `each` is given (and `v` is the deal). */
function commission(t: Tape, x: Expressions, s: Scope, each: string | null, v?: string): string[] {
  const base = v
    ? t.oneOf<string>([
        [4, () => `${v}.amount`],
        [s.fields.credit ? 3 : 0, () => `${v}.amount * ${v}.credit`],
        [s.fields.partner ? 1 : 0, () => `${v}.amount * (100% - ${v}.partner.share)`],
        [s.fields.lines ? 1 : 0, () => `sum(l.amount * l.units for l in ${v}.lines)`],
        [1, () => x.money(s, 1 + t.nat(2))],
      ])
    : t.oneOf<string>([[3, () => x.money(s, t.nat(3))], [s.deals ? 3 : 0, () => x.aggregate(s, 2, 'money')]]);
  const running = each !== null && t.chance(40);
  const mode = t.oneOf<string>([
    [running ? 1 : 3, () => 'at'],
    [3, () => 'marginal'],
    [2, () => 'retroactive'],
    [running ? 1 : 2, () => 'by'],
    [running ? 1 : 2, () => 'pro rata'],
  ]);
  const head = `    commission ${each === null ? '' : `${each} `}on ${base}${running ? ' running' : ''}`;
  const rate = () =>
    t.oneOf<string>([
      [6, () => percentLit(t, false)],
      [v && s.fields.multiplier ? 1 : 0, () => `${percentLit(t, false)} * ${v}.multiplier`],
      [1, () => `${percentLit(t, false)} of ${x.percent(s, 1)}`],
      [1, () => x.percent(s, 1)],
    ]);
  if (mode === 'at') return [`${head} at ${rate()}`];

  const count = t.nat(4);
  let style: BoundStyle;
  let keyText = '';
  let values: () => string = rate;
  if (mode === 'by') {
    const key = t.oneOf<'percent' | 'money' | 'number'>([[3, () => 'percent'], [2, () => 'money'], [s.names.number.length > 0 ? 1 : 0, () => 'number']]);
    keyText = key === 'percent' ? x.percent(s, 1 + t.nat(2)) : key === 'money' ? x.money(s, t.nat(3)) : t.pick(s.names.number);
    style =
      key === 'percent'
        ? { text: percentText, zero: '0%' }
        : key === 'money'
          ? moneyBounds(t, s)
          : { text: (c) => grouped(c), zero: '0' };
  } else {
    style = moneyBounds(t, s, v);
  }
  if (mode === 'pro rata') values = () => moneyLit(t, false);
  const pool = style.text === percentText ? [5000, 7500, 9000, 10000, 12000, 15000] : style.zero === '0' ? [1, 5, 10, 50] : [5000, 10000, 12000, 15000, 20000];
  const step = style.text === percentText ? 500 : style.zero === '0' ? 1 : 1000;
  const points = cuts(t, style.zero === null || mode === 'pro rata' ? Math.max(1, count) : count, pool, step);
  const bands = bandBounds(t, points, style);
  // A pro rata band needs an upper bound (PP4033) and nothing is uncovered above the last one, so a
  // pro rata table ends with its last closed band.
  const priced = mode === 'pro rata' && bands.length > 1 ? bands.slice(0, -1) : bands;
  return [`${head} ${mode === 'by' ? `by ${keyText}` : mode} {`, ...priced.map((b) => bandLine(b, values())), '    }'];
}

/**
 * Money band bounds, all of one measure so the coverage check can run: fixed amounts (cut points
 * in dollars / 100), or shares of the quota (cut points in basis points), or of a deal's own hurdle.
 */
function moneyBounds(t: Tape, s: Scope, v?: string): BoundStyle {
  return t.oneOf<BoundStyle>([
    [3, () => ({ text: (c: number) => moneyText(c * 10_00), zero: '$0' })],
    [3, () => {
      const measure = t.pick(s.positive.length > 0 ? s.positive : ['quota']);
      return { text: (c: number) => `${percentText(c)} of ${measure}`, zero: null };
    }],
    [v && s.fields.hurdle ? 1 : 0, () => ({ text: (c: number) => (c === 10000 ? `${v}.hurdle` : `${percentText(c)} of ${v}.hurdle`), zero: null })],
  ]);
}

/** The names the builder writes, any of which may be renamed. */
const RENAMABLE = [
  'quota', 'stretch', 'revenue', 'score', 'grr', 'nps', 'seats', 'certified', 'segment', 'deals', 'accelerator', 'factor',
  'cap_amount', 'active', 'note', 'review', 'owner', 'region', 'adjustments', 'adjusted', 'line_total', 'fx_total',
  'amount', 'kind', 'credit', 'units', 'multiplier', 'hurdle', 'closed', 'id', 'partner', 'lines', 'fx', 'share', 'tier', 'name', 'started',
  'd', 'e', 'x', 'a', 'l', 'Deal', 'Partner', 'Line', 'Owner', 'Segment', 'Kind', 'Region',
  'smb', 'mid_market', 'enterprise', 'new', 'renewal', 'expansion', 'amer', 'emea', 'apac', 'gold', 'silver',
  ...['Alpha', 'Bravo', 'Charlie', 'Delta'].flatMap((n) => ['Curve', 'Payout', 'Deals', 'Commission'].map((k) => `${n}${k}`)),
];

/**
 * Names a plan may use that mean something to JavaScript or to the generated module (its locals,
 * runtime helpers and the plan's built-in functions, which are not reserved in the language).
 *
 */
const AWKWARD_NAMES = [
  'class', 'function', 'delete', 'this', 'k', 'i', 'state', 'inputs', 'D', 'ZERO', 'NaN', 'Infinity', 'arguments',
  'eval', 'await', 'yield', 'prototype', 'length', 'PayoutError', 'runPlan', 'Object', 'Math', 'row', 'raw', 'data', 'who',
  'values', 'warnings', 'sum', 'count', 'min', 'max', 'ytd', 'abs', 'clamp', 'average', 'PERIODS', 'TARGET', 'deals_list', 'd_list',
  'x1', 'Ünïcode_ok', 'a_b_c', 'JSON', 'String', 'Number', 'Boolean', 'Symbol', 'Date', 'Map', 'Set', 'Error', 'TypeError',
  'console', 'process', 'globalThis', 'component_AlphaCurve', 'let_amount_0', 'bonus_bonus_0', 'PLAN_SHAPE', 'PERIOD_VARIABLE',
  'TARGET_AlphaCurve', 'USD_0', 'PCT_10', 'NUM_2', 'PERIOD_INFO', 'PERIOD_COUNT', 'MEMBERS_Kind', 'default_period_note',
  'readInputs', 'readPeriod', 'readYear', 'read_Deal', 'memo', 'run', 'path', 'key', 'items', 'rows',
  // Once shadowed by the reader's locals (found by this fuzz).
  'undefined', 'Array', 'readMoney', 'readPercent', 'readCount', 'readBool', 'readEnum', 'checkConstraint', 'warnUnknownFields', 'INPUT_SPECS',
];

/**
 * Names a component may have that are JavaScript property names. (Not inputs or record fields: one of
 * those named `constructor`, `toString`, `valueOf` or `hasOwnProperty` that the data leaves out reads
 * the inherited function instead of its default, a PP6002 in both back ends alike.)
 */
const COMPONENT_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

/** Renames a few of the plan's names to awkward ones, outside text literals, consistently. */
function rename(t: Tape, text: string): string {
  if (!t.chance(30)) return text;
  const used = new Set(text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  const map = new Map<string, string>();
  const count = 1 + t.nat(6);
  for (let i = 0; i < count; i++) {
    const from = t.pick(RENAMABLE);
    const to = /^[A-D][a-z]+(Curve|Payout|Deals|Commission)$/.test(from) && t.chance(50) ? t.pick(COMPONENT_NAMES) : t.pick(AWKWARD_NAMES);
    if (!used.has(from) || map.has(from) || used.has(to) || [...map.values()].includes(to)) continue;
    // A record or enum named like a built-in type (`record Date`) would not be the one `list of Date` means.
    if (['Deal', 'Partner', 'Line', 'Owner', 'Segment', 'Kind', 'Region'].includes(from) && ['Number', 'Date', 'Boolean'].includes(to)) continue;
    map.set(from, to);
  }
  if (map.size === 0) return text;
  const word = new RegExp(`(?<![\\w$€£.0-9])(${[...map.keys()].join('|')})(?![\\w])|(?<=\\.)(${[...map.keys()].join('|')})(?![\\w])`, 'g');
  return text
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(word, (m) => map.get(m) ?? m)))
    .join('');
}

/** Plan source text that checks clean. */
export const planArb: fc.Arbitrary<string> = fc
  .array(fc.nat({ max: 0x7fffffff }), { minLength: 200, maxLength: 1200 })
  .map((values) => {
    const t = new Tape(values);
    return rename(t, buildPlan(t));
  });
