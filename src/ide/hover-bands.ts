/**
 * A band, spelled out: which values it covers, which side owns each boundary, and what it pays,
 * in money where the target incentive is known.
 */
import type { Band, Bound, CommissionItem } from '../syntax/ast.js';
import type { Program } from '../program.js';
import { constantValue } from '../check/constant.js';
import { D } from '../runtime/decimal.js';
import { formatPercent } from '../runtime/format.js';
import { curveAt } from '../runtime/tiers.js';
import { sourceOf, type NodeContext } from './context.js';
import { codeBlock, inlineCode, plainText } from './markdown.js';
import { showMoney } from './values.js';
import { constantBands } from '../check/analyses/constant-bands.js';

export function bandHover(program: Program, band: Band, ctx: NodeContext): string {
  const measure = ctx.commission ? measureOf(program, ctx.commission) : 'attainment';
  const parts = [codeBlock(sourceOf(program, band.span)), `covers ${measure} ${coverage(program, band)}`];
  const pays = ctx.commission ? commissionPays(program, band, ctx.commission) : curvePays(program, band, ctx);
  if (pays) parts.push(pays);
  return parts.join('\n\n');
}

function measureOf(program: Program, c: CommissionItem): string {
  if (c.mode === 'lookup' && c.key) return inlineCode(sourceOf(program, c.key.span));
  return inlineCode(sourceOf(program, c.base.span));
}

function lowerText(program: Program, b: Bound): string {
  const x = plainText(sourceOf(program, b.value.span));
  return b.inclusive ? `from ${x} (included: this band owns ${x})` : `above ${x} (excluded: the band before owns ${x})`;
}

function upperText(program: Program, b: Bound): string {
  const x = plainText(sourceOf(program, b.value.span));
  return b.inclusive ? `up to ${x} (included: this band owns ${x})` : `below ${x} (excluded: the next band owns ${x})`;
}

/** "from 85% (included: this band owns 85%) below 100% (excluded: the next band owns 100%)" */
export function coverage(program: Program, band: Band): string {
  if (band.lower && band.upper) return `${lowerText(program, band.lower)} ${upperText(program, band.upper)}`;
  if (band.lower) return `${lowerText(program, band.lower)} and everything above it`;
  if (band.upper) return upperText(program, band.upper);
  return 'everything';
}

function curvePays(program: Program, band: Band, ctx: NodeContext): string | null {
  const value = band.value;
  const target = ctx.component?.annualTarget ?? null;
  const currency = ctx.plan?.currency ?? 'USD';
  const money = (ratio: ReturnType<typeof constantValue>) => (target && ratio ? showMoney(target.times(ratio), currency) : null);
  switch (value.kind) {
    case 'ConstantValue': {
      const text = `pays ${plainText(sourceOf(program, value.value.span))} of target`;
      const amount = money(constantValue(value.value));
      return amount ? `${text}: ${amount} per year` : text;
    }
    case 'LinearValue': {
      const text = `pays ${plainText(sourceOf(program, value.from.span))} rising linearly to ${plainText(sourceOf(program, value.to.span))} of target`;
      const a = money(constantValue(value.from));
      const b = money(constantValue(value.to));
      return a && b ? `${text}: ${a} → ${b} per year` : text;
    }
    case 'SlopeValue': {
      const slope = plainText(sourceOf(program, value.slope.span));
      const start = slopeStart(band, ctx);
      const at = band.lower ? plainText(sourceOf(program, band.lower.value.span)) : null;
      const from = start && at ? `pays ${formatPercent(start)} of target at ${at}, ` : 'pays ';
      const text = `${from}rising ${slope} points of target per point of attainment`;
      const perPoint = money(constantValue(value.slope)?.div(100) ?? null);
      return perPoint ? `${text}: +${perPoint} per point per year` : text;
    }
  }
}

/** The curve's value where a slope band starts (where the band before it ended). */
function slopeStart(band: Band, ctx: NodeContext): ReturnType<typeof constantValue> {
  if (ctx.component?.rule?.kind !== 'Curve' || !band.lower) return null;
  const bands = constantBands(ctx.component.rule.bands);
  const at = constantValue(band.lower.value);
  if (!bands || !at) return null;
  const index = ctx.component.rule.bands.indexOf(band);
  return curveAt(bands.slice(0, index + 1), at).value;
}

function commissionPays(program: Program, band: Band, c: CommissionItem): string | null {
  if (band.value.kind !== 'ConstantValue') return null;
  const rate = plainText(sourceOf(program, band.value.value.span));
  const base = inlineCode(sourceOf(program, c.base.span));
  switch (c.mode) {
    case 'marginal': {
      const text = `pays ${rate} on the part of ${base} in this band`;
      const full = fullBandPay(band);
      return full ? `${text} (${full} for the whole band)` : text;
    }
    case 'retroactive':
      return `pays ${rate} on all of ${base} when it ends in this band`;
    case 'lookup':
      return `pays ${rate} on all of ${base} when ${inlineCode(c.key ? sourceOf(program, c.key.span) : '…')} is in this band`;
    case 'pro-rata':
      return `pays ${rate} once ${base} passes the whole band, in proportion to the part of it reached`;
    case 'flat':
      return null;
  }
}

/** What a marginal band with fixed money bounds pays when the amount passes all of it. */
function fullBandPay(band: Band): string | null {
  if (band.value.kind !== 'ConstantValue' || !band.upper) return null;
  const low = band.lower ? constantValue(band.lower.value) : new D(0);
  const high = constantValue(band.upper.value);
  const rate = constantValue(band.value.value);
  const currency = band.upper.value.kind === 'Money' ? band.upper.value.currency : null;
  if (!low || !high || !rate || !currency || band.value.value.kind !== 'Percent') return null;
  return showMoney(high.minus(low).times(rate), currency);
}
