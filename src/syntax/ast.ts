/**
 * The payplan AST: plain data, a discriminated union on `kind`, every node with its span.
 *
 * Invariants:
 * - No back-pointers, no semantic fields: types and resolved names live in side tables (check/).
 * - Where error recovery cut the input, a `Missing` expression or a null child stands in its place,
 *   so later stages can keep analysing the rest of the file. Such a tree is never compiled.
 * - Literal values are kept as exact decimal strings (no JavaScript numbers on the money path).
 */
import type { Span } from '../text/span.js';

export interface Identifier {
  readonly kind: 'Identifier';
  readonly name: string;
  readonly span: Span;
}

// ───────────────────────────── file ─────────────────────────────

export interface PlanFile {
  readonly kind: 'PlanFile';
  readonly span: Span;
  /** Plans and tests in source order. */
  readonly items: readonly (PlanDecl | TestDecl)[];
}

export interface PlanDecl {
  readonly kind: 'Plan';
  readonly span: Span;
  readonly name: StringLiteral;
  readonly items: readonly PlanItem[];
}

export type PlanItem =
  | CurrencyItem
  | PeriodItem
  | FiscalYearItem
  | OteItem
  | MixItem
  | RoundingItem
  | EnumDecl
  | RecordDecl
  | InputDecl
  | LetDecl
  | ComponentDecl
  | BonusDecl
  | CapItem
  | FloorItem
  | AllowItem;

export interface CurrencyItem {
  readonly kind: 'Currency';
  readonly span: Span;
  readonly code: Identifier;
}

export type PeriodUnit = 'month' | 'quarter' | 'year';

export interface PeriodItem {
  readonly kind: 'Period';
  readonly span: Span;
  readonly unit: PeriodUnit;
  readonly unitSpan: Span;
}

export interface FiscalYearItem {
  readonly kind: 'FiscalYear';
  readonly span: Span;
  readonly start: Expr;
}

export interface OteItem {
  readonly kind: 'Ote';
  readonly span: Span;
  readonly amount: Expr;
}

export interface MixItem {
  readonly kind: 'Mix';
  readonly span: Span;
  readonly base: Expr;
  readonly variable: Expr;
}

export type RoundingMode = 'half-even' | 'half-up' | 'down' | 'up';

export interface RoundingItem {
  readonly kind: 'Rounding';
  readonly span: Span;
  readonly mode: RoundingMode;
  readonly modeSpan: Span;
  /** The rounding step, e.g. `0.01` or `1`; null means the currency's minor unit. */
  readonly step: Expr | null;
}

export interface EnumDecl {
  readonly kind: 'Enum';
  readonly span: Span;
  readonly name: Identifier;
  readonly members: readonly Identifier[];
}

export interface RecordDecl {
  readonly kind: 'Record';
  readonly span: Span;
  readonly name: Identifier;
  readonly fields: readonly FieldDecl[];
}

export interface FieldDecl {
  readonly kind: 'Field';
  readonly span: Span;
  readonly name: Identifier;
  readonly type: TypeRef;
  readonly default: Expr | null;
  /** `must be …`: checked on every value the data gives, as on an input. */
  readonly constraint: Constraint | null;
}

// ───────────────────────────── types ─────────────────────────────

export type TypeRef = NamedType | ListType | InlineEnumType | MissingType;

/** `Money`, `Money(EUR)`, `Percent`, `Deal`, … */
export interface NamedType {
  readonly kind: 'NamedType';
  readonly span: Span;
  readonly name: Identifier;
  /** Only for `Money(EUR)`. */
  readonly currency: Identifier | null;
}

export interface ListType {
  readonly kind: 'ListType';
  readonly span: Span;
  readonly element: TypeRef;
}

/** `new | renewal | expansion` */
export interface InlineEnumType {
  readonly kind: 'InlineEnumType';
  readonly span: Span;
  readonly members: readonly Identifier[];
}

export interface MissingType {
  readonly kind: 'MissingType';
  readonly span: Span;
}

// ───────────────────────────── inputs and definitions ─────────────────────────────

export interface InputDecl {
  readonly kind: 'Input';
  readonly span: Span;
  readonly name: Identifier;
  readonly type: TypeRef;
  /** `per year`: given once for the year and spread evenly over the periods. */
  readonly perYear: boolean;
  readonly default: Expr | null;
  readonly constraint: Constraint | null;
}

export type Constraint =
  | { readonly kind: 'Constraint'; readonly span: Span; readonly rule: 'positive' | 'non-negative' }
  | {
      readonly kind: 'Constraint';
      readonly span: Span;
      readonly rule: 'between';
      readonly low: Expr;
      readonly high: Expr;
    };

export interface LetDecl {
  readonly kind: 'Let';
  readonly span: Span;
  readonly name: Identifier;
  readonly value: Expr;
}

// ───────────────────────────── components ─────────────────────────────

export interface ComponentDecl {
  readonly kind: 'Component';
  readonly span: Span;
  readonly name: Identifier;
  readonly weight: Expr | null;
  /** Pays year-to-date earned minus what earlier periods paid (true-up). */
  readonly cumulative: boolean;
  readonly items: readonly ComponentItem[];
}

export type ComponentItem =
  | AttainmentItem
  | GateItem
  | CurveItem
  | PayoutItem
  | CommissionItem
  | CapItem
  | FloorItem
  | AllowItem;

export interface AttainmentItem {
  readonly kind: 'Attainment';
  readonly span: Span;
  readonly value: Expr;
}

export interface GateItem {
  readonly kind: 'Gate';
  readonly span: Span;
  readonly condition: Expr;
}

/** `payout curve { bands }`: attainment → percentage of target. */
export interface CurveItem {
  readonly kind: 'Curve';
  readonly span: Span;
  readonly bands: readonly Band[];
}

/** `payout E`: a Money expression. */
export interface PayoutItem {
  readonly kind: 'Payout';
  readonly span: Span;
  readonly value: Expr;
}

export type CommissionMode = 'flat' | 'marginal' | 'retroactive' | 'lookup' | 'pro-rata';

export interface CommissionItem {
  readonly kind: 'Commission';
  readonly span: Span;
  /** `per d in deals where …`: computed deal by deal. */
  readonly each: EachClause | null;
  /** The amount commissioned (`on E`). */
  readonly base: Expr;
  /** With `each`: price each deal from the running year-to-date total of earlier deals. */
  readonly running: boolean;
  readonly mode: CommissionMode;
  readonly modeSpan: Span;
  /** `at 2%` for mode `flat`. */
  readonly rate: Expr | null;
  /** `by grr` for mode `lookup`. */
  readonly key: Expr | null;
  /** Empty for mode `flat`. */
  readonly bands: readonly Band[];
}

export interface EachClause {
  readonly kind: 'Each';
  readonly span: Span;
  readonly variable: Identifier;
  readonly list: Expr;
  readonly filter: Expr | null;
}

export interface CapItem {
  readonly kind: 'Cap';
  readonly span: Span;
  readonly value: Expr;
}

export interface FloorItem {
  readonly kind: 'Floor';
  readonly span: Span;
  readonly value: Expr;
}

/** `allow "payout-decreases"`: the plan means what this warning would point out. */
export interface AllowItem {
  readonly kind: 'Allow';
  readonly span: Span;
  /** The warning's slug, as in docs/diagnostics.md. */
  readonly slug: StringLiteral;
}

// ───────────────────────────── bands ─────────────────────────────

export interface Band {
  readonly kind: 'Band';
  readonly span: Span;
  /** null: unbounded below. */
  readonly lower: Bound | null;
  /** null: unbounded above. */
  readonly upper: Bound | null;
  readonly value: BandValue;
}

/**
 * One boundary of a band and the side that owns it: `from X` / `up to X` include X,
 * `above X` / `below X` exclude it.
 */
export interface Bound {
  readonly kind: 'Bound';
  readonly span: Span;
  readonly keyword: 'from' | 'above' | 'up to' | 'below';
  readonly inclusive: boolean;
  readonly value: Expr;
}

export type BandValue = ConstantValue | LinearValue | SlopeValue;

export interface ConstantValue {
  readonly kind: 'ConstantValue';
  readonly span: Span;
  readonly value: Expr;
}

export interface LinearValue {
  readonly kind: 'LinearValue';
  readonly span: Span;
  readonly from: Expr;
  readonly to: Expr;
}

export interface SlopeValue {
  readonly kind: 'SlopeValue';
  readonly span: Span;
  readonly slope: Expr;
}

// ───────────────────────────── bonuses ─────────────────────────────

export interface BonusDecl {
  readonly kind: 'Bonus';
  readonly span: Span;
  readonly name: StringLiteral;
  readonly amount: Expr;
  readonly condition: Expr | null;
  /** Pays only in the first period of the year whose condition holds. */
  readonly once: boolean;
}

// ───────────────────────────── tests ─────────────────────────────

export interface TestDecl {
  readonly kind: 'Test';
  readonly span: Span;
  readonly name: StringLiteral;
  readonly planName: StringLiteral | null;
  readonly given: RecordLiteral | null;
  readonly periods: readonly TestPeriod[];
  readonly expects: readonly Expect[];
}

/** `Q2 { deals: [...] }` */
export interface TestPeriod {
  readonly kind: 'TestPeriod';
  readonly span: Span;
  readonly period: Identifier;
  readonly values: RecordLiteral;
}

/** `expect [Q1] NewBusiness = $52,000`, `expect "Kicker" = $5,000`, `expect total = …` */
export interface Expect {
  readonly kind: 'Expect';
  readonly span: Span;
  readonly period: Identifier | null;
  /** A component name, `total`, a bonus named by its string, a let, an input, or a measure (`attainment`). */
  readonly line: Identifier | StringLiteral;
  /** The component a measure is of: `Bookings` in `attainment(Bookings)`. */
  readonly of: Identifier | null;
  readonly value: Expr;
}

// ───────────────────────────── expressions ─────────────────────────────

export type Expr =
  | NumberLiteral
  | PercentLiteral
  | MoneyLiteral
  | DateLiteral
  | StringLiteral
  | BoolLiteral
  | NameRef
  | MemberExpr
  | UnaryExpr
  | BinaryExpr
  | IfExpr
  | CallExpr
  | AggregateExpr
  | RecordLiteral
  | ListLiteral
  | ParenExpr
  | MissingExpr;

export interface NumberLiteral {
  readonly kind: 'Number';
  readonly span: Span;
  /** Exact decimal digits without grouping commas, e.g. "1000.5". */
  readonly value: string;
}

export interface PercentLiteral {
  readonly kind: 'Percent';
  readonly span: Span;
  /** The number before `%`, e.g. "12.5" for 12.5% (the ratio is value / 100). */
  readonly value: string;
}

export interface MoneyLiteral {
  readonly kind: 'Money';
  readonly span: Span;
  /** Exact decimal digits without symbol or grouping commas, e.g. "100000". */
  readonly amount: string;
  /** ISO code from the symbol: `$` USD, `€` EUR, `£` GBP. */
  readonly currency: string;
}

export interface DateLiteral {
  readonly kind: 'Date';
  readonly span: Span;
  /** `YYYY-MM-DD` as written. */
  readonly value: string;
}

export interface StringLiteral {
  readonly kind: 'String';
  readonly span: Span;
  /** The unescaped text. */
  readonly value: string;
}

export interface BoolLiteral {
  readonly kind: 'Bool';
  readonly span: Span;
  readonly value: boolean;
}

export interface NameRef {
  readonly kind: 'Name';
  readonly span: Span;
  readonly name: string;
}

export interface MemberExpr {
  readonly kind: 'Member';
  readonly span: Span;
  readonly object: Expr;
  readonly property: Identifier;
}

export type UnaryOp = '-' | 'not';

export interface UnaryExpr {
  readonly kind: 'Unary';
  readonly span: Span;
  readonly op: UnaryOp;
  readonly operand: Expr;
}

export type ArithmeticOp = '+' | '-' | '*' | '/' | 'of';
export type ComparisonOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type LogicalOp = 'and' | 'or';
export type BinaryOp = ArithmeticOp | ComparisonOp | LogicalOp;

export interface BinaryExpr {
  readonly kind: 'Binary';
  readonly span: Span;
  readonly op: BinaryOp;
  readonly opSpan: Span;
  readonly left: Expr;
  readonly right: Expr;
}

export interface IfExpr {
  readonly kind: 'If';
  readonly span: Span;
  readonly condition: Expr;
  readonly then: Expr;
  readonly else: Expr;
}

/** `min(a, b)`, `clamp(x, lo, hi)`, `ytd(x)`, … (the callee is resolved by check/). */
export interface CallExpr {
  readonly kind: 'Call';
  readonly span: Span;
  readonly callee: Identifier;
  readonly args: readonly Expr[];
}

export type AggregateFn = 'sum' | 'average' | 'min' | 'max' | 'count';

/** `sum(E for x in L where C)` or `count(x in L where C)` (value null). */
export interface AggregateExpr {
  readonly kind: 'Aggregate';
  readonly span: Span;
  readonly fn: AggregateFn;
  readonly fnSpan: Span;
  readonly value: Expr | null;
  readonly variable: Identifier;
  readonly list: Expr;
  readonly filter: Expr | null;
}

export interface RecordLiteral {
  readonly kind: 'RecordLiteral';
  readonly span: Span;
  readonly fields: readonly RecordField[];
}

export interface RecordField {
  readonly kind: 'RecordField';
  readonly span: Span;
  readonly name: Identifier;
  readonly value: Expr;
}

export interface ListLiteral {
  readonly kind: 'ListLiteral';
  readonly span: Span;
  readonly items: readonly Expr[];
}

/** Kept so the formatter prints parentheses where the author wrote them. */
export interface ParenExpr {
  readonly kind: 'Paren';
  readonly span: Span;
  readonly inner: Expr;
}

/** Stands where recovery found no expression; never reaches the compiler. */
export interface MissingExpr {
  readonly kind: 'Missing';
  readonly span: Span;
}

export type Node =
  | PlanFile
  | PlanItem
  | ComponentItem
  | TestDecl
  | TestPeriod
  | Expect
  | FieldDecl
  | TypeRef
  | Band
  | Bound
  | BandValue
  | EachClause
  | Constraint
  | Identifier
  | Expr
  | RecordField;
