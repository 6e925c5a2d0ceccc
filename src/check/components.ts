/**
 * Components: what each one measures, which gates it passes, the one rule that says what it pays,
 * and its caps and floors. Types every expression of a component in the component's context (its
 * `target`, the variable of a `per` commission) and settles its weight and target incentive.
 */
import type { Band, CommissionItem, ComponentDecl, CurveItem, Expr } from '../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Dec } from '../runtime/decimal.js';
import { constantValue } from './constant.js';
import type { ComponentInfo, PayoutRule } from './model.js';
import type { PlanHeader } from './plan-header.js';
import { BOOL, ERROR, NUMBER, PERCENT, aTypeName, money, type Type } from './types.js';
import type { ExprContext, PlanTypes } from './typecheck.js';

export function checkComponent(decl: ComponentDecl, header: PlanHeader, types: PlanTypes, diagnostics: Diagnostic[]): ComponentInfo {
  const name = decl.name.name;
  const ctx: ExprContext = { locals: new Map(), target: decl.weight ? 'available' : { missingWeightOn: name } };
  const amount = money(header.currency);

  let weight: Dec | null = null;
  if (decl.weight) {
    types.expect(decl.weight, ctx, PERCENT, 'a component weight');
    weight = constantValue(decl.weight);
    if (weight === null && decl.weight.kind !== 'Missing') {
      diagnostics.push(createDiagnostic('PP3010', decl.weight.span, { what: 'a component weight' }));
    }
    if (!header.ote || !header.mix) diagnostics.push(createDiagnostic('PP4010', decl.weight.span));
  }
  const variable = header.ote && header.mix ? header.ote.times(header.mix.variable) : null;

  let attainment: Expr | null = null;
  const gates: Expr[] = [];
  const caps: Expr[] = [];
  const floors: Expr[] = [];
  const rules: PayoutRule[] = [];
  for (const item of decl.items) {
    switch (item.kind) {
      case 'Attainment':
        types.expect(item.value, ctx, PERCENT, 'attainment');
        attainment = item.value;
        break;
      case 'Gate':
        types.expect(item.condition, ctx, BOOL, 'a gate');
        gates.push(item.condition);
        break;
      case 'Cap':
      case 'Floor':
        types.expect(item.value, ctx, amount, item.kind === 'Cap' ? 'a cap' : 'a floor');
        (item.kind === 'Cap' ? caps : floors).push(item.value);
        break;
      case 'Payout':
        types.expect(item.value, ctx, amount, 'a payout');
        rules.push(item);
        break;
      case 'Curve':
        checkCurve(item, ctx, types, diagnostics);
        rules.push(item);
        break;
      case 'Commission':
        checkCommission(item, ctx, amount, types, diagnostics);
        rules.push(item);
        break;
    }
  }
  if (rules.length === 0) diagnostics.push(createDiagnostic('PP4006', decl.name.span, { name }));
  for (const extra of rules.slice(1)) diagnostics.push(createDiagnostic('PP4007', extra.span, { name }));
  const rule = rules[0] ?? null;
  if (rule?.kind === 'Curve' && attainment === null) diagnostics.push(createDiagnostic('PP4008', rule.span));
  // A curve pays a share of the target incentive, which only a weight gives: without one every
  // payee would fail at run time.
  if (rule?.kind === 'Curve' && !decl.weight) {
    diagnostics.push(createDiagnostic('PP4032', decl.name.span, { name }, { related: [{ span: rule.span, message: 'the payout curve' }] }));
  }

  return {
    decl,
    name,
    weight,
    annualTarget: weight && variable ? variable.times(weight) : null,
    attainment,
    gates,
    rule,
    caps,
    floors,
  };
}

function checkCurve(curve: CurveItem, ctx: ExprContext, types: PlanTypes, diagnostics: Diagnostic[]): void {
  if (curve.bands.length === 0) diagnostics.push(createDiagnostic('PP4014', curve.span));
  curve.bands.forEach((band, index) => {
    checkBounds(band, ctx, PERCENT, 'a boundary of a payout curve', types);
    const value = band.value;
    switch (value.kind) {
      case 'ConstantValue':
        types.expect(value.value, ctx, PERCENT, 'a band of a payout curve');
        break;
      case 'LinearValue':
        types.expect(value.from, ctx, PERCENT, 'the start of a `linear` band');
        types.expect(value.to, ctx, PERCENT, 'the end of a `linear` band');
        if (!band.lower || !band.upper) {
          diagnostics.push(
            createDiagnostic('PP4013', value.span, { what: '`linear`', table: 'band without both ends', hint: 'give the band a start and an end, as in `from 85% below 100%`' }),
          );
        }
        break;
      case 'SlopeValue':
        types.expect(value.slope, ctx, NUMBER, 'a slope');
        if (index === 0) diagnostics.push(createDiagnostic('PP4011', value.span));
        else if (!band.lower) {
          diagnostics.push(createDiagnostic('PP4013', value.span, { what: '`slope`', table: 'band without a start', hint: 'start the band with `from` or `above`' }));
        }
        break;
    }
  });
}

function checkCommission(c: CommissionItem, outer: ExprContext, amount: Type, types: PlanTypes, diagnostics: Diagnostic[]): void {
  let ctx = outer;
  if (c.each) {
    const list = types.typeOf(c.each.list, outer);
    if (list.kind !== 'list' && list.kind !== 'error') {
      diagnostics.push(createDiagnostic('PP3006', c.each.list.span, { actual: aTypeName(list) }));
    }
    const locals = new Map(outer.locals);
    locals.set(c.each.variable.name, { binder: c.each.variable, type: list.kind === 'list' ? list.element : ERROR });
    ctx = { ...outer, locals };
    if (c.each.filter) types.expect(c.each.filter, ctx, BOOL, 'a `where` filter');
  }
  const base = types.expect(c.base, ctx, amount, 'the amount a commission is paid on');
  if (c.running && !c.each) {
    diagnostics.push(createDiagnostic('PP4013', c.modeSpan, { what: '`running`', table: 'commission on a total', hint: 'price deal by deal with `commission per d in deals on d.amount running …`' }));
  }
  if (c.mode === 'flat') {
    if (c.rate) types.expect(c.rate, ctx, PERCENT, 'a commission rate');
    return;
  }
  if (c.bands.length === 0) diagnostics.push(createDiagnostic('PP4014', c.modeSpan));
  const keyType = c.mode === 'lookup' && c.key ? types.typeOf(c.key, ctx) : base;
  for (const band of c.bands) {
    checkBounds(band, ctx, keyType, 'a boundary of this table', types);
    const value = band.value;
    if (value.kind !== 'ConstantValue') {
      diagnostics.push(
        createDiagnostic('PP4013', value.span, { what: `\`${value.kind === 'LinearValue' ? 'linear' : 'slope'}\``, table: 'commission table', hint: 'give each band a rate, as in `-> 8%`' }),
      );
      continue;
    }
    if (c.mode === 'pro-rata') types.expect(value.value, ctx, amount, 'a band of a pro rata table');
    else types.expect(value.value, ctx, PERCENT, 'a commission rate');
  }
}

function checkBounds(band: Band, ctx: ExprContext, keyType: Type, what: string, types: PlanTypes): void {
  for (const bound of [band.lower, band.upper]) {
    if (bound) types.expect(bound.value, ctx, keyType, what);
  }
}
