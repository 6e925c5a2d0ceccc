import { describe, expect, it } from 'vitest';
import { dec, moneyStep, numberStep, percentStep, textStep } from '../../src/runtime/index.js';

describe('explanation steps', () => {
  it('shows money exactly, with no separate exact value', () => {
    expect(moneyStep('target incentive', dec('18750'), 'USD')).toEqual({
      label: 'target incentive',
      value: '$18,750.00',
    });
  });

  it('keeps the exact ratio when a percentage is rounded for display', () => {
    expect(percentStep('attainment', dec('0.95'))).toEqual({ label: 'attainment', value: '95%' });
    expect(percentStep('payout', dec('10').div(12), 'linear 50% to 100%')).toEqual({
      label: 'payout',
      value: '83.33%',
      exact: '0.8333333333333333333333333333333333333333',
      note: 'linear 50% to 100%',
    });
  });

  it('keeps the exact value when a number is rounded for display', () => {
    expect(numberStep('slope', dec('2'))).toEqual({ label: 'slope', value: '2' });
    expect(numberStep('score', dec('2').div(3))).toEqual({
      label: 'score',
      value: '0.6667',
      exact: '0.6666666666666666666666666666666666666667',
    });
  });

  it('passes text through', () => {
    expect(textStep('gate', 'grr >= 90%', 'met')).toEqual({
      label: 'gate',
      value: 'grr >= 90%',
      note: 'met',
    });
  });
});
