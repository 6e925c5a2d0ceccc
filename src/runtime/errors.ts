/**
 * Errors a payout can raise at run time. Each carries a stable diagnostic code and the arguments
 * its catalog message needs, so the caller can report it per data row in plan terms and go on
 * paying every other row. The message here is only a fallback for someone reading a stack trace.
 */
import type { Dec } from './decimal.js';

export type PayoutErrorCode =
  | 'PP6001' // missing field
  | 'PP6002' // wrong field type
  | 'PP6003' // division by zero
  | 'PP6004' // wrong currency
  | 'PP6005' // constraint violated
  | 'PP6006' // unknown enum value
  | 'PP6007' // aggregate of an empty list
  | 'PP6008' // a period the plan does not have
  | 'PP6012'; // a period the opening state already closed

const summaries: Record<PayoutErrorCode, string> = {
  PP6001: 'a field is missing',
  PP6002: 'a field has the wrong type',
  PP6003: 'division by zero',
  PP6004: 'an amount is in the wrong currency',
  PP6005: 'a value breaks its constraint',
  PP6006: 'a value is not a member of its enum',
  PP6007: 'an aggregate of an empty list has no value',
  PP6008: 'the data names a period the plan does not have',
  PP6012: 'the data names a period before its opening state',
};

export class PayoutError extends Error {
  override readonly name = 'PayoutError';

  constructor(
    readonly code: PayoutErrorCode,
    readonly args: Readonly<Record<string, string>>,
  ) {
    const details = Object.entries(args).map(([key, value]) => `${key}: ${value}`);
    super(`${code} ${summaries[code]}${details.length > 0 ? ` (${details.join(', ')})` : ''}`);
  }
}

/**
 * a / b, where a zero divisor (a target or quota of zero) is a named error rather than Infinity or
 * NaN. `what` names the quotient in plan terms ("attainment"); `where` locates it when known.
 */
export function divide(a: Dec, b: Dec, what: string, where?: string): Dec {
  if (b.isZero()) {
    throw new PayoutError('PP6003', where === undefined ? { what } : { what, where });
  }
  return a.div(b);
}
