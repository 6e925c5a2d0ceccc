import { describe, expect, it } from 'vitest';
import { curveAt, dec, roundToStep } from '../../src/runtime/index.js';
import { above, below, constant, from, fromBelow, linear, slope, upTo } from './bands.js';

// The CSM retention curve from the brief.
const retention = [
  below('0.85', constant('0')),
  fromBelow('0.85', '1', linear('0.5', '1')),
  from('1', slope('2')),
];

const at = (bands: Parameters<typeof curveAt>[0], x: string) => {
  const { value, band } = curveAt(bands, dec(x));
  return { value: value.toString(), band };
};

describe('curveAt', () => {
  it('interpolates a linear band exactly (95% → 83.333…%)', () => {
    expect(at(retention, '0.95')).toEqual({
      value: '0.8333333333333333333333333333333333333333',
      band: 1,
    });
  });

  it('pays the brief’s sliding-scale case: 95% of a $18,750 target is $15,625.00', () => {
    const pay = curveAt(retention, dec('0.95')).value.times('18750');
    expect(roundToStep(pay, dec('0.01'), 'half-even').toFixed(2)).toBe('15625.00');
  });

  it('accelerates above 100% from where the linear band ended (120% → 140%)', () => {
    expect(at(retention, '1.2')).toEqual({ value: '1.4', band: 2 });
  });

  it('honours which band owns each boundary', () => {
    expect(at(retention, '0.85')).toEqual({ value: '0.5', band: 1 });
    expect(at(retention, '0.8499999')).toEqual({ value: '0', band: 0 });
    expect(at(retention, '1')).toEqual({ value: '1', band: 2 });
    expect(at(retention, '0.9999999999')).toEqual({
      value: '0.9999999996666666666666666666666666666667',
      band: 1,
    });
  });

  it('starts a slope band at the end value of a constant band', () => {
    const bands = [below('1', constant('0.5')), from('1', slope('0.5'))];
    expect(at(bands, '1.5')).toEqual({ value: '0.75', band: 1 });
  });

  it('chains slope bands (a decelerator after an accelerator)', () => {
    const bands = [
      upTo('1', linear('0', '1')),
      { ...fromBelow('1', '1.2', slope('2')), lowerInclusive: false },
      from('1.2', slope('0.5')),
    ];
    expect(at(bands, '1.3')).toEqual({ value: '1.45', band: 2 });
    expect(at(bands, '1.2')).toEqual({ value: '1.4', band: 2 });
  });

  it('starts a slope band with nothing before it at 0', () => {
    expect(at([from('0.5', slope('1.5'))], '1')).toEqual({ value: '0.75', band: 0 });
  });

  it('pays the cumulative example: linear 0%–100% then slope 1.5 (120% → 130%)', () => {
    const bands = [upTo('1', linear('0', '1')), above('1', slope('1.5'))];
    expect(at(bands, '1.2')).toEqual({ value: '1.3', band: 1 });
  });

  it('is 0 in band −1 outside every band, without throwing', () => {
    const gappy = [below('0.5', constant('0.1')), from('0.6', constant('0.2'))];
    expect(at(gappy, '0.55')).toEqual({ value: '0', band: -1 });
  });
});
