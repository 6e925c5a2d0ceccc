/**
 * Explanation steps for payout lines, shown as a person reads them: money to the currency's minor
 * unit (cents), percentages to two places, numbers to four. A value that had to be rounded for
 * display also carries its exact decimal, so the explanation never loses precision.
 */
import { D, type Dec } from './decimal.js';
import { minorUnitDigits } from './rounding.js';
import {
  NUMBER_DISPLAY_DECIMALS,
  PERCENT_DISPLAY_DECIMALS,
  formatMoney,
  formatNumber,
  formatPercent,
} from './format.js';
import type { ExplainStep } from './statement.js';

function step(
  label: string,
  value: string,
  exact: string | undefined,
  note: string | undefined,
): ExplainStep {
  return {
    label,
    value,
    ...(exact === undefined ? {} : { exact }),
    ...(note === undefined ? {} : { note }),
  };
}

export function moneyStep(
  label: string,
  amount: Dec,
  currency: string,
  note?: string,
): ExplainStep {
  const rounded = amount.decimalPlaces() > minorUnitDigits(currency);
  const shown = rounded ? amount.toDecimalPlaces(minorUnitDigits(currency), D.ROUND_HALF_UP) : amount;
  return step(label, formatMoney(shown, currency), rounded ? amount.toFixed() : undefined, note);
}

/** `exact` is the ratio (0.8333…), the form the language keeps a Percent in. */
export function percentStep(label: string, ratio: Dec, note?: string): ExplainStep {
  const rounded = ratio.times(100).decimalPlaces() > PERCENT_DISPLAY_DECIMALS;
  return step(label, formatPercent(ratio), rounded ? ratio.toFixed() : undefined, note);
}

export function numberStep(label: string, value: Dec, note?: string): ExplainStep {
  const rounded = value.decimalPlaces() > NUMBER_DISPLAY_DECIMALS;
  return step(label, formatNumber(value), rounded ? value.toFixed() : undefined, note);
}

export function textStep(label: string, value: string, note?: string): ExplainStep {
  return step(label, value, undefined, note);
}
