/**
 * Display strings for explanations and statements. Money is never rounded for display: it shows the
 * currency's minor-unit digits, or every digit it has when it has more, so no precision is hidden.
 * Percentages and plain numbers are rounded for display; the caller keeps the exact value.
 */
import { D, type Dec } from './decimal.js';
import { minorUnitDigits } from './rounding.js';

/** Percentages are shown with at most this many decimals (83.33%). */
export const PERCENT_DISPLAY_DECIMALS = 2;
/** Plain numbers (slopes, scores) are shown with at most this many decimals. */
export const NUMBER_DISPLAY_DECIMALS = 4;

const prefixSymbols: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
};

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The magnitude with thousands grouped, e.g. "15,625.00" for "15625.00". */
function grouped(plain: string): string {
  const [whole = '', fraction] = plain.split('.');
  return fraction === undefined ? groupThousands(whole) : `${groupThousands(whole)}.${fraction}`;
}

/** Exact digits of |v|, with at least the currency's minor-unit decimals. */
function exactMagnitude(v: Dec, currency: string): string {
  return v.abs().toFixed(Math.max(minorUnitDigits(currency), v.decimalPlaces()));
}

function sign(v: Dec): string {
  return v.lt(0) ? '-' : '';
}

/** `$15,625.00`, `-$1,200.50`, `€5,000.00`, `¥1,000`, `1,000.00 CHF`. */
export function formatMoney(v: Dec, currency: string): string {
  const magnitude = grouped(exactMagnitude(v, currency));
  const symbol = prefixSymbols[currency];
  return symbol === undefined
    ? `${sign(v)}${magnitude} ${currency}`
    : `${sign(v)}${symbol}${magnitude}`;
}

/** The exact amount as a plain decimal with the minor-unit digits ("15625.00"), for statements. */
export function amountString(v: Dec, currency: string): string {
  return `${sign(v)}${exactMagnitude(v, currency)}`;
}

/** Rounded half-up to at most `decimals` places, trailing zeros trimmed, thousands grouped. */
function displayRounded(v: Dec, decimals: number): string {
  const shown = v.toDecimalPlaces(decimals, D.ROUND_HALF_UP);
  return `${sign(shown)}${grouped(shown.abs().toFixed())}`;
}

/** A ratio as a percentage: 0.95 → `95%`, 0.8333… → `83.33%`, 12.5 → `1,250%`. */
export function formatPercent(ratio: Dec): string {
  return `${displayRounded(ratio.times(100), PERCENT_DISPLAY_DECIMALS)}%`;
}

/** A plain number: 2 → `2`, 1234.5 → `1,234.5`, 2/3 → `0.6667`. */
export function formatNumber(v: Dec): string {
  return displayRounded(v, NUMBER_DISPLAY_DECIMALS);
}
