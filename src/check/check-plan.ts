/** Checks one plan: header, declarations, lets, components, bonuses, plan caps, and the analyses. */
import type { Band, ComponentDecl, Expr, PlanDecl } from '../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMoney } from '../runtime/format.js';
import { checkTierCoverage, type BoundFormatter } from './analyses/tier-coverage.js';
import { checkWeights } from './analyses/weights.js';
import { applyAllows, checkAllowNames } from './analyses/allow.js';
import { curveFacts } from './analyses/curve-facts.js';
import { checkDivisions } from './analyses/division-by-zero.js';
import { checkExposure } from './analyses/exposure.js';
import { checkFloorBelowCap } from './analyses/limits.js';
import { checkCurveMonotone, checkRetroactiveMonotone } from './analyses/monotonicity.js';
import { checkPayoutAtTarget } from './analyses/payout-at-target.js';
import { checkUnused } from './analyses/unused.js';
import { checkConstantGates } from './analyses/gates.js';
import { checkUnreachableBands } from './analyses/unreachable-bands.js';
import { checkNegativeSlice, checkProRataBands } from './analyses/table-shapes.js';
import { children } from './walk.js';
import { checkComponent } from './components.js';
import type { BonusInfo, CheckedPlan, ComponentInfo, InputInfo } from './model.js';
import { percentText, readHeader } from './plan-header.js';
import { bindPlan } from './symbols.js';
import { BOOL, money } from './types.js';
import { PLAN_CONTEXT, PlanTypes, type ExprContext } from './typecheck.js';

export function checkPlan(plan: PlanDecl, source: string, diagnostics: Diagnostic[]): CheckedPlan {
  const errorsBefore = errorCount(diagnostics);
  const header = readHeader(plan, diagnostics);
  const symbols = bindPlan(plan, header.currency, diagnostics);
  const types = new PlanTypes(symbols, header.currency, header.mix !== null && header.ote !== null, header.fiscalYearStart !== null, diagnostics, source);
  const amount = money(header.currency);

  const inputs: InputInfo[] = [];
  for (const [name, { decl, type }] of symbols.inputs) {
    inputs.push({ decl, name, type });
    if (decl.default) types.expect(decl.default, PLAN_CONTEXT, type, `the default of \`${name}\``);
    if (decl.constraint?.rule === 'between') {
      types.expect(decl.constraint.low, PLAN_CONTEXT, type, `the lower limit of \`${name}\``);
      types.expect(decl.constraint.high, PLAN_CONTEXT, type, `the upper limit of \`${name}\``);
    }
  }
  for (const record of symbols.records.values()) {
    for (const field of record.fields.values()) {
      if (field.default) types.expect(field.default, PLAN_CONTEXT, field.type, `the default of \`${record.name}.${field.name}\``);
      if (field.constraint?.rule === 'between') {
        types.expect(field.constraint.low, PLAN_CONTEXT, field.type, `the lower limit of \`${record.name}.${field.name}\``);
        types.expect(field.constraint.high, PLAN_CONTEXT, field.type, `the upper limit of \`${record.name}.${field.name}\``);
      }
    }
  }
  for (const letDecl of symbols.lets.values()) types.letType(letDecl);

  const components: ComponentInfo[] = [];
  const bonuses: BonusInfo[] = [];
  const caps: Expr[] = [];
  const floors: Expr[] = [];
  const planContext: ExprContext = { locals: new Map(), target: header.mix ? 'available' : 'none' };
  const typedSince = new TypedSince(types.types);
  for (const item of plan.items) {
    switch (item.kind) {
      case 'Component': {
        typedSince.mark();
        const component = checkComponent(item, header, types, diagnostics);
        components.push(component);
        const proRata = component.rule?.kind === 'Commission' && component.rule.mode === 'pro-rata';
        for (const bands of tablesOf(component)) {
          // Above a pro rata table's last band every band is complete: nothing is left uncovered.
          checkTierCoverage(bands, source, boundFormatter(bands, types.types, header.currency), diagnostics, proRata);
        }
        if (component.rule?.kind === 'Commission') checkProRataBands(component.rule, source, diagnostics);
        if (item.cumulative && !usesYtd(item, types, typedSince.added())) {
          diagnostics.push(createDiagnostic('PP4012', item.name.span, { name: item.name.name }));
        }
        break;
      }
      case 'Bonus':
        types.expect(item.amount, planContext, amount, 'a bonus');
        if (item.condition) types.expect(item.condition, planContext, BOOL, 'the condition of a bonus');
        bonuses.push({ decl: item, name: item.name.value });
        break;
      case 'Cap':
      case 'Floor':
        types.expect(item.value, planContext, amount, item.kind === 'Cap' ? 'a plan cap' : 'a plan floor');
        (item.kind === 'Cap' ? caps : floors).push(item.value);
        break;
      default:
        break;
    }
  }
  checkWeights(components, diagnostics);

  const checked: CheckedPlan = {
    decl: plan,
    name: plan.name.value,
    ...header,
    enums: symbols.enums,
    records: symbols.records,
    inputs,
    lets: types.letOrder.map((decl) => ({ decl, name: decl.name.name, type: types.letType(decl) })),
    components,
    bonuses,
    caps,
    floors,
    references: types.references,
    types: types.types,
  };
  checkAllowNames(plan, diagnostics);
  // The analyses reason about a well-formed plan; on a broken one they would only echo its errors.
  if (errorCount(diagnostics) === errorsBefore) {
    const found: Diagnostic[] = [];
    analyse(checked, source, found);
    diagnostics.push(...applyAllows(plan, found));
  }
  return checked;
}

function errorCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === 'error').length;
}

/** The plan analyses (PP40xx) that need the whole checked plan. */
function analyse(plan: CheckedPlan, source: string, diagnostics: Diagnostic[]): void {
  for (const component of plan.components) {
    const facts = curveFacts(component);
    const rule = component.rule;
    if (facts && component.weight) checkPayoutAtTarget(component, facts, plan.currency, diagnostics);
    if (rule?.kind === 'Curve') checkCurveMonotone(rule, diagnostics);
    if (rule?.kind === 'Commission') checkRetroactiveMonotone(rule, source, diagnostics);
    if (rule?.kind === 'Commission') checkNegativeSlice(rule, plan, source, diagnostics);
    checkExposure(component, facts, diagnostics);
    if (facts) checkUnreachableBands(component, facts, diagnostics);
    checkConstantGates(component, diagnostics);
    checkFloorBelowCap(component.caps, component.floors, source, diagnostics);
  }
  checkFloorBelowCap(plan.caps, plan.floors, source, diagnostics);
  checkUnused(plan, diagnostics);
  checkDivisions(plan, rootExpressions(plan.types), diagnostics);
}

/** The typed expressions that are not part of another: where a walk over the plan starts. */
function rootExpressions(types: ReadonlyMap<Expr, unknown>): Expr[] {
  const inner = new Set<Expr>();
  for (const e of types.keys()) for (const child of children(e)) inner.add(child);
  return [...types.keys()].filter((e) => !inner.has(e));
}

function tablesOf(component: ComponentInfo): (readonly Band[])[] {
  const rule = component.rule;
  if (!rule || rule.kind === 'Payout') return [];
  return rule.bands.length > 0 ? [rule.bands] : [];
}

function boundFormatter(bands: readonly Band[], types: PlanTypes['types'], currency: string): BoundFormatter {
  const first = bands.flatMap((b) => [b.lower, b.upper]).find((b) => b !== null);
  const keyType = first ? types.get(first.value) : undefined;
  return ({ coefficient, base }) => {
    if (base !== null) return `${percentText(coefficient)} of ${base}`;
    if (keyType?.kind === 'money') return formatMoney(coefficient, keyType.currency ?? currency);
    if (keyType?.kind === 'percent') return percentText(coefficient);
    return coefficient.toString();
  };
}

/**
 * The expressions typed since the last `mark()`, in the order they were typed, read through one
 * live iterator over the type map (which sees entries added after it was made, and never runs out
 * while it is asked for no more than the map's new entries), so each is read once in all.
 */
class TypedSince {
  private readonly keys: Iterator<Expr>;
  private read = 0;

  constructor(private readonly map: ReadonlyMap<Expr, unknown>) {
    this.keys = map.keys();
  }

  mark(): void {
    this.skip();
  }

  added(): Expr[] {
    const out: Expr[] = [];
    while (this.read < this.map.size) {
      out.push(this.keys.next().value as Expr);
      this.read++;
    }
    return out;
  }

  private skip(): void {
    while (this.read < this.map.size) {
      this.keys.next();
      this.read++;
    }
  }
}

/**
 * Whether a component measures anything year to date: a `ytd(…)` in it, or in a `let` it uses.
 * `typed` are the expressions typed while the component was checked: every typed expression inside
 * it is one of them (nothing checked before a component is inside it: the plan header, inputs,
 * records, lets and the other items are all outside its span). Searching every typed expression of
 * the plan instead made this quadratic in a plan of many cumulative components.
 */
function usesYtd(component: ComponentDecl, types: PlanTypes, typed: readonly Expr[]): boolean {
  const seen = new Set<Expr>();
  const visit = (e: Expr): boolean => {
    if (seen.has(e)) return false;
    seen.add(e);
    if (e.kind === 'Call' && e.callee.name === 'ytd') return true;
    const ref = e.kind === 'Name' ? types.references.get(e) : undefined;
    if (ref?.kind === 'let' && visit(ref.decl.value)) return true;
    return children(e).some(visit);
  };
  const inside = (e: Expr) => e.span.start >= component.span.start && e.span.end <= component.span.end;
  return typed.some((e) => inside(e) && visit(e));
}
