/** Explanation steps show money to the cent and keep the exact value beside a rounded one. */
import { describe, expect, it } from 'vitest';
import { D } from '../../src/runtime/decimal.js';
import { moneyStep, percentStep } from '../../src/runtime/explain.js';

describe('explanation display', () => {
  it('a ratio of ratios earns an amount shown to the cent, with its exact value kept', () => {
    // What `grr / grr_target` of a target earned in issue 14: 40 digits of $5,499.999….
    const earned = new D('5499.999999999999999999999999999999999999');
    expect(moneyStep('earned', earned, 'USD')).toEqual({ label: 'earned', value: '$5,500.00', exact: earned.toFixed() });
    expect(percentStep('attainment', new D(10).div(15))).toEqual({ label: 'attainment', value: '66.67%', exact: new D(10).div(15).toFixed() });
  });

  it('an amount with no more than cents is shown as it is, without an exact twin', () => {
    expect(moneyStep('earned', new D('5499.5'), 'USD')).toEqual({ label: 'earned', value: '$5,499.50' });
    expect(moneyStep('earned', new D('-0.004'), 'USD')).toEqual({ label: 'earned', value: '$0.00', exact: '-0.004' });
  });
});
