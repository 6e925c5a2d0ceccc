/**
 * The payout IR: what a checked plan means, as plain data that every back end reads (the reference
 * interpreter, the generated module, the editor's previews). Lowering (lower.ts) is the only place
 * that looks at the AST and the checker's side tables; after it, names are resolved to inputs, lets
 * and locals, every value carries its unit, every literal its exact decimal text, every target is a
 * number per period, and the state a period hands to the next is declared.
 *
 * Rules (curves, commission tables, caps, floors, year-to-date true-ups, once-only bonuses) are
 * applied by the runtime kernel's runPlan, which every back end shares; the IR gives it the nodes
 * whose values it needs and the shape that names and explains each line.
 */
import type { Dec } from '../runtime/decimal.js';
import type { Comparison } from '../runtime/ops.js';
import type { InputSpec } from '../runtime/inputs.js';
import type { PlanShape } from '../runtime/plan-runner.js';
import type { StateShape } from '../runtime/plan-state.js';

/** The unit of a value: a quantity (money in the plan's currency, a ratio, a number, a count) or a kind of data. */
export type Unit = 'money' | 'percent' | 'number' | 'count' | 'bool' | 'date' | 'text' | 'enum' | 'record' | 'list' | 'period';

/** Where a node came from: its source text (whitespace collapsed) and its span. */
export interface Origin {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export type Node =
  /** An exact decimal literal (`12.5%` is 0.125) with the text it was written as. */
  | { readonly op: 'number'; readonly unit: Unit; readonly value: Dec; readonly origin: Origin }
  /** A text, date, boolean or enum-member constant. */
  | { readonly op: 'constant'; readonly unit: Unit; readonly value: string | boolean }
  /** A plan fact fixed before any data: OTE × mix for `base` and `variable`. */
  | { readonly op: 'fact'; readonly unit: 'money'; readonly fact: 'base' | 'variable'; readonly value: Dec }
  /** `target` where the node stands: the component's target in this period (or the plan's variable of one period). */
  | { readonly op: 'target'; readonly unit: 'money'; readonly table: TargetTable }
  /** The period being paid: its dates and number. */
  | { readonly op: 'period'; readonly unit: 'period' }
  | { readonly op: 'input'; readonly unit: Unit; readonly name: string }
  | { readonly op: 'let'; readonly unit: Unit; readonly index: number }
  | { readonly op: 'local'; readonly unit: Unit; readonly name: string }
  | { readonly op: 'field'; readonly unit: Unit; readonly object: Node; readonly name: string }
  | { readonly op: 'neg'; readonly unit: Unit; readonly operand: Node }
  | { readonly op: 'not'; readonly unit: 'bool'; readonly operand: Node }
  /** `/` carries its source text, for the error a division by zero raises. */
  | { readonly op: 'arith'; readonly unit: Unit; readonly fn: '+' | '-' | '*' | '/'; readonly left: Node; readonly right: Node; readonly origin: Origin }
  /** `numeric` compares exact quantities; otherwise text, dates, enum members and booleans compare as themselves. */
  | { readonly op: 'compare'; readonly unit: 'bool'; readonly fn: Comparison; readonly numeric: boolean | null; readonly left: Node; readonly right: Node }
  | { readonly op: 'logic'; readonly unit: 'bool'; readonly fn: 'and' | 'or'; readonly left: Node; readonly right: Node }
  | { readonly op: 'if'; readonly unit: Unit; readonly condition: Node; readonly then: Node; readonly else: Node }
  | { readonly op: 'call'; readonly unit: Unit; readonly fn: 'min' | 'max' | 'clamp' | 'abs'; readonly args: readonly Node[] }
  | Aggregate
  /** The sum of a value over the periods of the year so far: state carried from period to period. */
  | { readonly op: 'ytd'; readonly unit: Unit; readonly state: number; readonly value: Node; readonly origin: Origin };

export interface Aggregate {
  readonly op: 'aggregate';
  readonly unit: Unit;
  readonly fn: 'sum' | 'count' | 'average' | 'min' | 'max';
  readonly local: string;
  readonly list: Node;
  readonly filter: Node | null;
  readonly value: Node | null;
  readonly origin: Origin;
}

/** A target per period, computed once when lowering (the annual target × elapsed periods ÷ periods). */
export interface TargetTable {
  /** What the table is, for the generated module's comments. */
  readonly name: string;
  readonly comment: string;
  readonly values: readonly Dec[];
}

export interface PeriodFact {
  readonly name: string;
  readonly index: number;
  /** ISO dates, or '' when the plan states no fiscal year start. */
  readonly start: string;
  readonly end: string;
  /** Days from start to end inclusive, or null without dates. */
  readonly days: number | null;
  /** The plan version in force (one version per plan today). */
  readonly version: string;
  readonly number: Dec;
}

export interface BandNodes {
  readonly origin: Origin;
  readonly lower: Node | null;
  readonly lowerInclusive: boolean;
  readonly upper: Node | null;
  readonly upperInclusive: boolean;
  readonly value:
    | { readonly kind: 'constant'; readonly value: Node }
    | { readonly kind: 'linear'; readonly from: Node; readonly to: Node }
    | { readonly kind: 'slope'; readonly slope: Node };
}

/** `commission per d in deals where …`: what is read from each transaction. */
export interface EachNodes {
  readonly origin: Origin;
  readonly local: string;
  readonly list: Node;
  readonly filter: Node | null;
  /** Whether the item's record has an `id` that names it in explanations. */
  readonly hasId: boolean;
  readonly base: Node;
  readonly key: Node | null;
  /** The item's own rate and bands, when they read the item (`at 10% * d.multiplier`). */
  readonly terms: { readonly rate: Node | null; readonly bands: readonly BandNodes[] } | null;
}

export interface ComponentNodes {
  readonly name: string;
  readonly origin: Origin;
  readonly target: TargetTable | null;
  readonly gates: readonly Node[];
  readonly attainment: Node | null;
  /** The table's bands with their bounds and values as nodes (empty for `payout` and per-item terms). */
  readonly bands: readonly BandNodes[];
  readonly ruleOrigin: Origin;
  readonly amount: Node | null;
  readonly base: Node | null;
  readonly rate: Node | null;
  readonly key: Node | null;
  readonly each: EachNodes | null;
  readonly caps: readonly Node[];
  readonly floors: readonly Node[];
}

export interface BonusNodes {
  readonly name: string;
  readonly origin: Origin;
  readonly condition: Node | null;
  readonly amount: Node;
}

export interface LetNodes {
  readonly name: string;
  readonly origin: Origin;
  readonly value: Node;
}

/** A `ytd(…)` whose running sum the program carries: one per ytd node, in lowering order. */
export interface YtdState {
  readonly origin: Origin;
  readonly unit: Unit;
  /** The value summed: evaluated every period, so the sum is the same whether a year runs at once or period by period. */
  readonly value: Node;
}

export interface PayoutProgram {
  readonly name: string;
  readonly currency: string;
  readonly periods: readonly PeriodFact[];
  /** How each input is read from data. */
  readonly inputs: readonly InputSpec[];
  /** Names, modes and texts the runner explains each line with. */
  readonly shape: PlanShape;
  /** The state carried from one period to the next, its unit and opening value (zero unless data opens it). */
  readonly state: StateShape;
  readonly ytd: readonly YtdState[];
  /** In dependency order: a let reads only lets before it. */
  readonly lets: readonly LetNodes[];
  readonly components: readonly ComponentNodes[];
  readonly bonuses: readonly BonusNodes[];
  /** The plan's variable of one period: `target` in a bonus or a plan cap. */
  readonly planTarget: TargetTable | null;
  readonly caps: readonly Node[];
  readonly floors: readonly Node[];
}
