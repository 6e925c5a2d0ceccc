/**
 * What the checker hands to the compiler, the editor features and the CLI: the plan's facts in
 * plain form plus side tables keyed by AST node (resolved names, expression types). The AST itself
 * is never annotated.
 */
import type {
  BonusDecl,
  CommissionItem,
  ComponentDecl,
  CurveItem,
  Expr,
  Identifier,
  InputDecl,
  LetDecl,
  NameRef,
  PayoutItem,
  PlanDecl,
  PlanFile,
  TestDecl,
} from '../syntax/ast.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Comment } from '../syntax/index.js';
import type { Dec } from '../runtime/decimal.js';
import type { EnumType, RecordType, Type } from './types.js';
import type { PlanHeader } from './plan-header.js';

export interface InputInfo {
  readonly decl: InputDecl;
  readonly name: string;
  readonly type: Type;
}

export interface LetInfo {
  readonly decl: LetDecl;
  readonly name: string;
  readonly type: Type;
}

export type PayoutRule = CurveItem | CommissionItem | PayoutItem;

export interface ComponentInfo {
  readonly decl: ComponentDecl;
  readonly name: string;
  /** The weight as a ratio (75% → 0.75), when the component is weighted. */
  readonly weight: Dec | null;
  /** Annual target incentive = variable × weight, when known. */
  readonly annualTarget: Dec | null;
  readonly attainment: Expr | null;
  readonly gates: readonly Expr[];
  readonly rule: PayoutRule | null;
  readonly caps: readonly Expr[];
  readonly floors: readonly Expr[];
}

export interface BonusInfo {
  readonly decl: BonusDecl;
  readonly name: string;
}

/** What a name in an expression stands for. */
export type Ref =
  | { readonly kind: 'input'; readonly input: InputInfo }
  | { readonly kind: 'let'; readonly decl: LetDecl }
  | { readonly kind: 'enum-member'; readonly enumType: EnumType; readonly member: string }
  | { readonly kind: 'local'; readonly binder: Identifier; readonly type: Type }
  | { readonly kind: 'builtin'; readonly name: 'base' | 'variable' | 'target' | 'period' };

/** The header's facts (currency, periods, OTE, mix, rounding) plus everything declared in the plan. */
export interface CheckedPlan extends PlanHeader {
  readonly decl: PlanDecl;
  readonly name: string;
  readonly enums: ReadonlyMap<string, EnumType>;
  readonly records: ReadonlyMap<string, RecordType>;
  readonly inputs: readonly InputInfo[];
  /** In dependency order: each let only uses lets before it. */
  readonly lets: readonly LetInfo[];
  readonly components: readonly ComponentInfo[];
  readonly bonuses: readonly BonusInfo[];
  readonly caps: readonly Expr[];
  readonly floors: readonly Expr[];
  readonly references: ReadonlyMap<NameRef, Ref>;
  readonly types: ReadonlyMap<Expr, Type>;
}

export interface CheckedTest {
  readonly decl: TestDecl;
  readonly name: string;
  /** null when the test names no plan of the file (already reported). */
  readonly plan: CheckedPlan | null;
}

export interface CheckedFile {
  readonly ast: PlanFile;
  readonly comments: readonly Comment[];
  readonly plans: readonly CheckedPlan[];
  readonly tests: readonly CheckedTest[];
  /** Syntax and check diagnostics, in source order. */
  readonly diagnostics: readonly Diagnostic[];
}
