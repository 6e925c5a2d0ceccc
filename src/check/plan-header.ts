/**
 * The plan header: currency, period, fiscal year, OTE, pay mix and rounding. These are fixed
 * values, known before any data arrives, so the checker can already say what the plan pays at
 * target.
 */
import type { Expr, PeriodUnit, PlanDecl, PlanItem, RoundingMode } from '../syntax/ast.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { D, type Dec } from '../runtime/decimal.js';
import { knownCurrency, minorUnit } from '../runtime/rounding.js';
import { constantValue } from './constant.js';

export interface PlanHeader {
  readonly currency: string;
  readonly period: PeriodUnit;
  readonly periodNames: readonly string[];
  readonly fiscalYearStart: string | null;
  readonly ote: Dec | null;
  readonly mix: { readonly base: Dec; readonly variable: Dec } | null;
  readonly rounding: { readonly mode: RoundingMode; readonly step: Dec };
}

const HEADER_WORDS: Partial<Record<PlanItem['kind'], string>> = {
  Currency: 'currency',
  Period: 'period',
  FiscalYear: 'fiscal year',
  Ote: 'ote',
  Mix: 'mix',
  Rounding: 'rounding',
};

/** How many months one period spans, for period dates. */
export const MONTHS_PER_PERIOD: Readonly<Record<PeriodUnit, number>> = { year: 12, quarter: 3, month: 1 };

export function periodNames(unit: PeriodUnit): string[] {
  switch (unit) {
    case 'year':
      return ['FY'];
    case 'quarter':
      return ['Q1', 'Q2', 'Q3', 'Q4'];
    case 'month':
      return Array.from({ length: 12 }, (_, i) => `M${i + 1}`);
  }
}

export function readHeader(plan: PlanDecl, diagnostics: Diagnostic[]): PlanHeader {
  const seen = new Map<string, PlanItem>();
  for (const item of plan.items) {
    const word = HEADER_WORDS[item.kind];
    if (word === undefined) continue;
    if (seen.has(word)) {
      diagnostics.push(createDiagnostic('PP2015', item.span, { item: word }, {
        related: [{ span: seen.get(word)!.span, message: `the plan's \`${word}\` is first given here` }],
      }));
    } else seen.set(word, item);
  }
  const find = <K extends PlanItem['kind']>(kind: K) => plan.items.find((i) => i.kind === kind) as Extract<PlanItem, { kind: K }> | undefined;

  const currencyItem = find('Currency');
  let currency = 'USD';
  if (!currencyItem) {
    diagnostics.push(createDiagnostic('PP2016', plan.name.span, { name: plan.name.value }));
  } else if (!knownCurrency(currencyItem.code.name)) {
    diagnostics.push(createDiagnostic('PP2010', currencyItem.code.span, { name: currencyItem.code.name }));
  } else currency = currencyItem.code.name;

  const period = find('Period')?.unit ?? 'year';
  const fiscal = find('FiscalYear');
  const fiscalYearStart = fiscal?.start.kind === 'Date' ? fiscal.start.value : null;
  if (fiscal && fiscal.start.kind !== 'Date' && fiscal.start.kind !== 'Missing') {
    diagnostics.push(createDiagnostic('PP3004', fiscal.start.span, { what: 'the start of the fiscal year', expected: 'a date such as `2026-01-01`', actual: 'something else' }));
  }

  const oteItem = find('Ote');
  const ote = oteItem ? fixedMoney(oteItem.amount, currency, 'the OTE', diagnostics) : null;
  const mixItem = find('Mix');
  let mix: PlanHeader['mix'] = null;
  if (mixItem) {
    const base = fixedPercent(mixItem.base, 'the base share of the mix', diagnostics);
    const variable = fixedPercent(mixItem.variable, 'the variable share of the mix', diagnostics);
    if (base && variable) {
      mix = { base, variable };
      const sum = base.plus(variable);
      if (!sum.eq(1)) {
        const fixed = new D(1).minus(base);
        diagnostics.push(
          createDiagnostic('PP4001', mixItem.span, { sum: percentText(sum), base: percentText(base), variable: percentText(fixed) }, {
            fixes: [{ title: `Make the variable share ${percentText(fixed)}`, edits: [{ span: mixItem.variable.span, newText: percentText(fixed) }] }],
          }),
        );
      }
    }
  }

  const roundingItem = find('Rounding');
  let step = minorUnit(currency);
  if (roundingItem?.step) {
    const value = constantValue(roundingItem.step);
    if (value === null || value.lte(0) || roundingItem.step.kind !== 'Number') {
      diagnostics.push(createDiagnostic('PP3010', roundingItem.step.span, { what: 'the rounding step' }, { help: 'write a step such as `0.01` or `1`' }));
    } else step = value;
  }
  return {
    currency,
    period,
    periodNames: periodNames(period),
    fiscalYearStart,
    ote,
    mix,
    rounding: { mode: roundingItem?.mode ?? 'half-even', step },
  };
}

export function percentText(ratio: Dec): string {
  return `${ratio.times(100).toString()}%`;
}

function fixedMoney(e: Expr, currency: string, what: string, diagnostics: Diagnostic[]): Dec | null {
  const value = constantValue(e);
  if (value === null || !isMoneyLiteral(e)) {
    if (e.kind !== 'Missing') diagnostics.push(createDiagnostic('PP3010', e.span, { what }));
    return null;
  }
  const written = moneyCurrency(e);
  if (written !== null && written !== currency) {
    diagnostics.push(createDiagnostic('PP3004', e.span, { what, expected: `Money (${currency})`, actual: `Money (${written})` }));
    return null;
  }
  return value;
}

function fixedPercent(e: Expr, what: string, diagnostics: Diagnostic[]): Dec | null {
  const value = constantValue(e);
  if (value === null || e.kind !== 'Percent') {
    if (e.kind !== 'Missing') diagnostics.push(createDiagnostic('PP3010', e.span, { what }, { help: 'write a percentage such as `75%`' }));
    return null;
  }
  return value;
}

function isMoneyLiteral(e: Expr): boolean {
  return moneyCurrency(e) !== null;
}

function moneyCurrency(e: Expr): string | null {
  if (e.kind === 'Money') return e.currency;
  if (e.kind === 'Paren') return moneyCurrency(e.inner);
  return null;
}
