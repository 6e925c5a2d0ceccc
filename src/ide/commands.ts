/**
 * What the editor's commands show, without a protocol: payout curves, the test report of a file,
 * and a payee's statement explained. The language server serves them as custom requests
 * (lsp/handlers/editor-commands.ts); the extension only draws them.
 *
 * Payout curves: the payout curve of each component of a plan, as points to plot: what the component pays in one
 * period against attainment, and the plan's total of those components. Computed exactly from the
 * checked plan (the curve's bands through the run time's curveAt, then the component's caps and
 * floors) and handed out as numbers for drawing only. Used by the editor's "Show payout curve".
 *
 * A component is plotted when its pay depends on attainment alone: a `payout curve` whose bands
 * need no payee data. With a known target incentive the curve is in money per period; without one
 * (no `ote`/`mix`/`weight`) it is a share of target. A marginal or retroactive commission whose
 * band bounds are all shares of one measure (`up to 100% of quota`) is plotted as what it pays as a
 * share of that measure against attainment = amount / measure. Anything else pays on payee data
 * (a `payout` expression, a flat or looked-up commission): it is listed with the reason.
 */
import { basename } from 'node:path';
import type { CheckedPlan, ComponentInfo } from '../check/model.js';
import { DataFileError, isJsonData, payeesOf } from '../data/index.js';
import { compileProgram } from '../compile/index.js';
import { PayoutError } from '../runtime/errors.js';
import { renderStatementText } from '../runtime/statement-text.js';
import type { Span } from '../text/span.js';
import { shareOfTarget } from '../check/analyses/curve-facts.js';
import type { Program } from '../program.js';
import { D, type Dec } from '../runtime/decimal.js';
import { curveAt, marginal, retroactive, type RuntimeBand } from '../runtime/tiers.js';
import type { Band, CommissionItem, Expr } from '../syntax/ast.js';
import { constantValue } from '../check/constant.js';
import { derive, showMoney } from './values.js';
import { constantBands } from '../check/analyses/constant-bands.js';
import { withinLimits } from '../runtime/ops.js';

export interface CurvePoint {
  /** Attainment as a ratio (1 is 100%). */
  readonly attainment: number;
  /** Money per period, or a share of target (1 is 100%) when the unit is `share`. */
  readonly payout: number;
}

export interface ComponentCurve {
  readonly name: string;
  /**
   * money: money per period; share: a share of the component's target; measure: a share of the
   * measure the commission's bands are written against (`measure`).
   */
  readonly unit: 'money' | 'share' | 'measure';
  /** For unit `measure`: the name of the measure (`quota`). */
  readonly measure?: string;
  readonly points: readonly CurvePoint[];
  /** What it pays at 100% attainment, for the legend: `$5,000` or `100% of target`. */
  readonly atTarget: string;
}

export interface PlanCurves {
  readonly plan: string;
  readonly currency: string;
  readonly period: string;
  readonly components: readonly ComponentCurve[];
  /** The sum of the money curves at each attainment; null when no component is in money. */
  readonly total: readonly CurvePoint[] | null;
  /** Components (and bonuses) not drawn, each with why. */
  readonly notDrawn: readonly { readonly name: string; readonly reason: string }[];
}

export interface CurveOptions {
  /** The highest attainment plotted, as a ratio; default 2 (200%), more if a band starts later. */
  readonly maxAttainment?: number;
  /** Distance between samples, as a ratio; default 0.01 (one point). */
  readonly step?: number;
}

/** The curves of every plan of the file; [] when the file has errors (its plans are not checked). */
export function payoutCurves(program: Program, options: CurveOptions = {}): PlanCurves[] {
  if (program.hasErrors) return [];
  return program.checked.plans.map((plan) => planCurves(plan, options));
}

function planCurves(plan: CheckedPlan, options: CurveOptions): PlanCurves {
  const drawable: { component: ComponentInfo; bands: readonly RuntimeBand[] }[] = [];
  const commissions: { component: ComponentInfo; curve: CommissionCurve }[] = [];
  const notDrawn: { name: string; reason: string }[] = [];
  for (const component of plan.components) {
    const rule = component.rule;
    if (rule?.kind === 'Commission') {
      const curve = commissionCurve(rule, component);
      if (typeof curve === 'string') notDrawn.push({ name: component.name, reason: curve });
      else commissions.push({ component, curve });
      continue;
    }
    if (rule?.kind !== 'Curve') {
      const reason = rule === null ? 'it has no payout rule' : 'its `payout` expression pays on payee data, not on attainment';
      notDrawn.push({ name: component.name, reason });
      continue;
    }
    const bands = constantBands(rule.bands);
    if (!bands || bands.length === 0) {
      notDrawn.push({ name: component.name, reason: 'its bands need payee data' });
      continue;
    }
    drawable.push({ component, bands });
  }
  for (const bonus of plan.bonuses) notDrawn.push({ name: bonus.name, reason: 'a bonus pays a fixed amount when its condition holds' });

  const grid = sampleGrid([...drawable.map((d) => d.bands), ...commissions.map((c) => c.curve.bands)], options);
  const components = [
    ...drawable.map(({ component, bands }) => componentCurve(plan, component, bands, grid)),
    ...commissions.map(({ component, curve }) => commissionPoints(component, curve, grid)),
  ].sort((a, b) => plan.components.findIndex((c) => c.name === a.name) - plan.components.findIndex((c) => c.name === b.name));
  const money = components.filter((c) => c.unit === 'money');
  const total =
    money.length === 0
      ? null
      : grid.map((a, i) => ({ attainment: a.toNumber(), payout: money.reduce((sum, c) => sum + c.points[i]!.payout, 0) }));
  return { plan: plan.name, currency: plan.currency, period: plan.period, components, total, notDrawn };
}

/** Every step from 0 to the top, plus each band bound and a point just below it (to show jumps). */
function sampleGrid(allBands: readonly (readonly RuntimeBand[])[], options: CurveOptions): Dec[] {
  const step = new D(options.step ?? 0.01);
  let top = new D(options.maxAttainment ?? 2);
  const bounds: Dec[] = [];
  for (const bands of allBands) {
    for (const band of bands) {
      for (const b of [band.lower, band.upper]) {
        if (b === null || b.lt(0)) continue;
        bounds.push(b);
        if (b.times(1.25).gt(top)) top = b.times(1.25);
      }
    }
  }
  const epsilon = new D('0.0001');
  const points = new Map<string, Dec>();
  for (let x = new D(0); x.lte(top); x = x.plus(step)) points.set(x.toString(), x);
  for (const b of bounds) {
    if (b.gt(top)) continue;
    points.set(b.toString(), b);
    if (b.gt(epsilon)) points.set(b.minus(epsilon).toString(), b.minus(epsilon));
  }
  return [...points.values()].sort((a, b) => a.comparedTo(b));
}

interface CommissionCurve {
  readonly mode: 'marginal' | 'retroactive';
  readonly measure: string;
  /** Bounds as shares of the measure, values as rates. */
  readonly bands: RuntimeBand[];
}

/** The commission's bands in units of its measure, or why it cannot be drawn against attainment. */
function commissionCurve(rule: CommissionItem, component: ComponentInfo): CommissionCurve | string {
  if (rule.mode !== 'marginal' && rule.mode !== 'retroactive') {
    return rule.mode === 'lookup' ? 'its rate is looked up by another measure' : rule.mode === 'flat' ? 'a flat rate has no attainment to plot against' : 'a pro-rata commission pays amounts, not rates';
  }
  if (component.caps.length > 0 || component.floors.length > 0) return 'its cap or floor needs payee data';
  if (rule.each?.filter || (rule.each && rule.running)) return 'it is computed deal by deal';
  let measure: string | null = null;
  const bands: RuntimeBand[] = [];
  const share = (bound: Band['lower']): Dec | null | undefined => {
    if (bound === null) return null;
    const found = shareOfMeasure(bound.value);
    if (!found || (measure !== null && found.measure !== measure)) return undefined;
    measure = found.measure;
    return found.share;
  };
  for (const band of rule.bands) {
    const lower = share(band.lower);
    const upper = share(band.upper);
    if (lower === undefined || upper === undefined || band.value.kind !== 'ConstantValue') return 'its bands are not all shares of one measure (`100% of quota`)';
    const rate = constantValue(band.value.value);
    if (rate === null) return 'its rates need payee data';
    bands.push({ lower, lowerInclusive: band.lower?.inclusive ?? false, upper, upperInclusive: band.upper?.inclusive ?? false, value: { kind: 'constant', value: rate } });
  }
  if (measure === null || bands.length === 0) return 'its bands are not shares of a measure (`100% of quota`)';
  return { mode: rule.mode, measure, bands };
}

/** `120% of quota`, `quota * 1.2`: the share and the measure's name. */
function shareOfMeasure(e: Expr): { share: Dec; measure: string } | null {
  if (e.kind === 'Paren') return shareOfMeasure(e.inner);
  if (e.kind !== 'Binary' || (e.op !== 'of' && e.op !== '*')) return null;
  const [k, name] = e.right.kind === 'Name' ? [e.left, e.right] : [e.right, e.left];
  if (name.kind !== 'Name') return null;
  const share = constantValue(k);
  return share === null ? null : { share, measure: name.name };
}

function commissionPoints(component: ComponentInfo, curve: CommissionCurve, grid: readonly Dec[]): ComponentCurve {
  const pay = (a: Dec) => (curve.mode === 'marginal' ? marginal(curve.bands, a).pay : retroactive(curve.bands, a).pay);
  const points = grid.map((a) => ({ attainment: a.toNumber(), payout: pay(a).toNumber() }));
  const at100 = pay(new D(1)).times(100).toDecimalPlaces(4).toString();
  return { name: component.name, unit: 'measure', measure: curve.measure, points, atTarget: `${at100}% of ${curve.measure}` };
}

function componentCurve(plan: CheckedPlan, component: ComponentInfo, bands: readonly RuntimeBand[], grid: readonly Dec[]): ComponentCurve {
  const n = plan.periodNames.length;
  const target = component.annualTarget?.div(n) ?? null;
  if (target === null) {
    const cap = shareOfTarget(component.caps);
    const points = grid.map((a) => {
      let share = curveAt(bands, a).value;
      if (cap && share.gt(cap)) share = cap;
      return { attainment: a.toNumber(), payout: share.toNumber() };
    });
    const at100 = curveAt(bands, new D(1)).value;
    return { name: component.name, unit: 'share', points, atTarget: `${at100.times(100).toDecimalPlaces(2).toString()}% of target` };
  }
  // Caps and floors in money for one period (`150% of target` reads target as this period's).
  const scope = { plan, component: { ...component, decl: { ...component.decl, cumulative: false } } } as const;
  const limit = (exprs: typeof component.caps) =>
    exprs.map((e) => derive(e, scope)).flatMap((v) => (v?.kind === 'money' ? [v.value] : []));
  const caps = limit(component.caps);
  const floors = limit(component.floors);
  const pay = (a: Dec): Dec => withinLimits(target.times(curveAt(bands, a).value), floors, caps);
  const points = grid.map((a) => ({ attainment: a.toNumber(), payout: pay(a).toNumber() }));
  return { name: component.name, unit: 'money', points, atTarget: `${showMoney(pay(new D(1)), plan.currency)} per ${plan.period}` };
}

// ---------------------------------------------------------------------------------------------
// Tests

export interface ExpectationReport {
  /** `Q1 NewBusiness`, `total`. */
  readonly label: string;
  readonly span: Span;
  readonly expected: string;
  readonly actual: string;
  readonly passed: boolean;
}

export interface TestReport {
  readonly name: string;
  /** The test's name in the source. */
  readonly span: Span;
  readonly passed: boolean;
  readonly expectations: readonly ExpectationReport[];
  /** Why the test could not run, if it could not. */
  readonly error: string | null;
}

export interface FileTestReport {
  /** Set when the tests could not run at all (the file has errors). */
  readonly error: string | null;
  readonly tests: readonly TestReport[];
  readonly passed: number;
  readonly failed: number;
}

/** Runs every test of the file, with each expectation's outcome and place. */
export function testReport(program: Program): FileTestReport {
  if (program.hasErrors) return { error: 'fix the errors in this file to run its tests', tests: [], passed: 0, failed: 0 };
  const { results, internal } = program.tests;
  if (internal) return { error: internal.message, tests: [], passed: 0, failed: 0 };
  const tests = results.map((r): TestReport => {
    const couldNotRun = r.expectations.length === 0 && r.diagnostics.length > 0;
    return {
      name: r.name,
      span: r.test.decl.name.span,
      passed: r.passed,
      expectations: r.expectations.map((e) => ({ label: e.label, span: e.expect.span, expected: e.expected, actual: e.actual, passed: e.passed })),
      error: couldNotRun ? (r.diagnostics[0]?.message ?? 'the test could not run') : null,
    };
  });
  const passed = tests.filter((t) => t.passed).length;
  return { error: null, tests, passed, failed: tests.length - passed };
}

// ---------------------------------------------------------------------------------------------
// Explain a payee

export interface ExplainAnswer {
  /** The payees of the data file, in file order. */
  readonly payees: readonly string[];
  /** The chosen payee's statement with its derivation (as `payplan explain` prints it), or null. */
  readonly statement: string | null;
  /** Why there is no statement: the plan has errors, the data is bad, no such payee. */
  readonly error: string | null;
}

/** A data file as the editor read it (ide/ reads no files): its path and text, or why it could not be read. */
export type DataText = { readonly path: string; readonly text: string } | { readonly path: string; readonly error: string };

/**
 * Reads the payees of a data file (JSON or CSV, as `payplan run` reads them) for the file's plan
 * (the one named, or its only plan) and, when a payee is named, explains their statement.
 */
export function explainPayee(program: Program, data: DataText, payee?: string, planName?: string): ExplainAnswer {
  const compiled = compileProgram(program);
  if (!compiled.ok) return { payees: [], statement: null, error: 'fix the errors in this file to explain a payee' };
  const plan = planName === undefined ? (compiled.plans.length === 1 ? compiled.plans[0] : undefined) : compiled.plans.find((p) => p.name === planName);
  if (!plan) {
    const names = compiled.plans.map((p) => `"${p.name}"`).join(', ');
    return { payees: [], statement: null, error: planName === undefined ? `the file has several plans (${names}): name one` : `no plan named "${planName}"` };
  }
  if ('error' in data) return { payees: [], statement: null, error: `cannot read the data file: ${data.error}` };
  let entries;
  try {
    const { path, text } = data;
    entries = payeesOf(basename(path), text, isJsonData(path, text), [], new Set(plan.perYearInputs));
  } catch (error) {
    const reason = error instanceof DataFileError ? error.reason : error instanceof Error ? error.message : String(error);
    return { payees: [], statement: null, error: `cannot read the data file: ${reason}` };
  }
  const payees = entries.map((e) => e.payee);
  if (payee === undefined) return { payees, statement: null, error: null };
  const entry = entries.find((e) => e.payee === payee);
  if (!entry) return { payees, statement: null, error: `no payee named "${payee}" in the data file` };
  if (entry.data === null) return { payees, statement: null, error: `the data of "${payee}" is bad (${entry.problem?.code ?? 'PP6009'})` };
  try {
    return { payees, statement: renderStatementText(plan.run(entry.data)), error: null };
  } catch (error) {
    const reason = error instanceof PayoutError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
    return { payees, statement: null, error: `"${payee}" cannot be paid: ${reason}` };
  }
}
