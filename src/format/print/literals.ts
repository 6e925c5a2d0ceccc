/**
 * Literals in their canonical spelling. Values are never changed: only grouping commas and the
 * currency symbol are normalised, and every digit the author wrote (`$1,234.50`) is kept.
 */
import type { AstPath, Doc } from 'prettier';
import type {
  BoolLiteral,
  DateLiteral,
  MoneyLiteral,
  NumberLiteral,
  PercentLiteral,
  StringLiteral,
} from '../../syntax/ast.js';

const currencySymbols: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

/** `1234567.5` → `1,234,567.5`: commas between groups of three integer digits, fraction untouched. */
export function groupThousands(digits: string): string {
  const sign = digits.startsWith('-') ? '-' : '';
  const unsigned = sign === '' ? digits : digits.slice(1);
  const dot = unsigned.indexOf('.');
  const whole = dot === -1 ? unsigned : unsigned.slice(0, dot);
  const fraction = dot === -1 ? '' : unsigned.slice(dot);
  return sign + whole.replace(/\B(?=(\d{3})+$)/g, ',') + fraction;
}

/** `100000` USD → `$100,000`; a negative amount puts the sign before the symbol: `-$500`. */
export function formatMoney(amount: string, currency: string): string {
  const symbol = currencySymbols[currency];
  // The parser only makes currencies it has a symbol for; anything else is a bug upstream.
  if (symbol === undefined) throw new Error(`payplan has no symbol for the currency ${currency}`);
  const grouped = groupThousands(amount);
  return grouped.startsWith('-') ? `-${symbol}${grouped.slice(1)}` : `${symbol}${grouped}`;
}

/** Text between double quotes, with every `"` and `\\` escaped (the lexer reads both escapes back). */
export function quoteText(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

export const printNumber = (path: AstPath<NumberLiteral>): Doc => groupThousands(path.node.value);

/** Percentages are printed as written: `12.5%`, never grouped (a 4-digit percentage is rare and odd). */
export const printPercent = (path: AstPath<PercentLiteral>): Doc => `${path.node.value}%`;

export const printMoney = (path: AstPath<MoneyLiteral>): Doc => formatMoney(path.node.amount, path.node.currency);

export const printDate = (path: AstPath<DateLiteral>): Doc => path.node.value;

export const printString = (path: AstPath<StringLiteral>): Doc => quoteText(path.node.value);

export const printBool = (path: AstPath<BoolLiteral>): Doc => String(path.node.value);
