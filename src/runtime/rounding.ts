/**
 * Rounding a payout line once, to the plan's step, and the minor units of the currencies a plan can
 * pay in.
 */
import type { Decimal } from 'decimal.js';
import { D, type Dec } from './decimal.js';

/** `down` is toward zero and `up` away from zero, as a payee reads them on either side of zero. */
export type RoundingMode = 'half-even' | 'half-up' | 'down' | 'up';

const decimalRounding: Record<RoundingMode, Decimal.Rounding> = {
  'half-even': D.ROUND_HALF_EVEN,
  'half-up': D.ROUND_HALF_UP, // ties away from zero: -2.345 → -2.35
  down: D.ROUND_DOWN,
  up: D.ROUND_UP,
};

/** Rounds to a whole number of steps (0.01, 1, 0.05…). Negative zero comes back as zero. */
export function roundToStep(value: Dec, step: Dec, mode: RoundingMode): Dec {
  if (step.lte(0)) {
    throw new RangeError(`a rounding step must be above zero, not ${step.toString()}`);
  }
  const steps = value.div(step).toDecimalPlaces(0, decimalRounding[mode]);
  return steps.isZero() ? new D(0) : steps.times(step);
}

// ISO 4217 minor units. Codes not listed in either exception table have two decimals.
// prettier-ignore
const noDecimals = new Set([
  'BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV',
  'XAF', 'XOF', 'XPF',
]);
const threeDecimals = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);
// prettier-ignore
const twoDecimals = new Set([
  'AED', 'ARS', 'AUD', 'BGN', 'BRL', 'CAD', 'CHF', 'CNY', 'COP', 'CZK', 'DKK', 'EGP', 'EUR', 'GBP',
  'HKD', 'HUF', 'IDR', 'ILS', 'INR', 'KES', 'MAD', 'MXN', 'MYR', 'NGN', 'NOK', 'NZD', 'PEN', 'PHP',
  'PKR', 'PLN', 'QAR', 'RON', 'RSD', 'SAR', 'SEK', 'SGD', 'THB', 'TRY', 'TWD', 'UAH', 'USD', 'ZAR',
]);

/** How many decimals the currency's smallest unit has: 2 unless ISO 4217 says otherwise. */
export function minorUnitDigits(currency: string): number {
  if (noDecimals.has(currency)) return 0;
  if (threeDecimals.has(currency)) return 3;
  return 2;
}

/** The currency's smallest unit as a step: 0.01 for USD, 1 for JPY, 0.001 for KWD. */
export function minorUnit(currency: string): Dec {
  return new D(1).div(new D(10).pow(minorUnitDigits(currency)));
}

export function knownCurrency(code: string): boolean {
  return twoDecimals.has(code) || noDecimals.has(code) || threeDecimals.has(code);
}
