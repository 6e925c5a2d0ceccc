/**
 * The one decimal configuration every payout uses. 40 significant digits keep more than the 34
 * of IEEE decimal128 that the language promises, so a ratio such as 10/15 inside an interpolation
 * still lands on the right cent. A private clone keeps the global Decimal settings of other code
 * out of payouts.
 */
import { Decimal } from 'decimal.js';

export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_EVEN,
  // Never switch to exponent notation for values a plan can produce: amounts print as plain digits.
  toExpNeg: -40,
  toExpPos: 40,
});

export type Dec = InstanceType<typeof D>;

export const ZERO: Dec = new D(0);
export const ONE: Dec = new D(1);

/**
 * A decimal in the payout configuration. Takes text or a decimal, never a JavaScript number, so no
 * binary floating point value can slip onto the money path.
 */
export function dec(x: string | Dec): Dec {
  return new D(x);
}

/** The exact sum; zero for no values (a sum over an empty list is zero, not an error). */
export function sum(values: readonly Dec[]): Dec {
  return values.reduce<Dec>((total, v) => total.plus(v), ZERO);
}
