import { describe, expect, it } from 'vitest';
import { PayoutError, dec, divide } from '../../src/runtime/index.js';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('divide', () => {
  it('divides exactly', () => {
    expect(divide(dec('950000'), dec('1000000'), 'attainment').toString()).toBe('0.95');
    expect(divide(dec('10'), dec('15'), 'ratio').toString()).toBe(
      '0.6666666666666666666666666666666666666667',
    );
  });

  it('names a zero divisor as PP6003 instead of returning Infinity', () => {
    const error = thrown(() => divide(dec('950000'), dec('0'), 'attainment'));
    expect(error).toBeInstanceOf(PayoutError);
    expect(error).toBeInstanceOf(Error);
    const payoutError = error as PayoutError;
    expect(payoutError.code).toBe('PP6003');
    expect(payoutError.args).toEqual({ what: 'attainment' });
    expect(payoutError.name).toBe('PayoutError');
    expect(payoutError.message).toBe('PP6003 division by zero (what: attainment)');
  });

  it('treats negative zero as zero and carries where it happened', () => {
    const error = thrown(() =>
      divide(dec('1'), dec('-0'), 'attainment', 'Q2 Retention'),
    ) as PayoutError;
    expect(error.code).toBe('PP6003');
    expect(error.args).toEqual({ what: 'attainment', where: 'Q2 Retention' });
  });
});

describe('PayoutError', () => {
  it('keeps its code and the arguments its message template needs', () => {
    const error = new PayoutError('PP6001', { where: 'deal 3', field: 'amount' });
    expect(error.code).toBe('PP6001');
    expect(error.args).toEqual({ where: 'deal 3', field: 'amount' });
    expect(error.message).toBe('PP6001 a field is missing (where: deal 3, field: amount)');
  });
});
