/** Period dates from the fiscal-year start: months never spill over when the start day is late. */
import { describe, expect, it } from 'vitest';
import { periodInfo } from '../../src/runtime/ops.js';

const dates = (start: string, months: number, count: number) =>
  Array.from({ length: count }, (_, k) => periodInfo(start, months, k)).map((p) => `${p.start}..${p.end}`);

describe('periodInfo', () => {
  it('quarters of a year that starts on 1 February', () => {
    expect(dates('2026-02-01', 3, 4)).toEqual(['2026-02-01..2026-04-30', '2026-05-01..2026-07-31', '2026-08-01..2026-10-31', '2026-11-01..2027-01-31']);
  });

  it('months of a year that starts on the 31st end the day before the next one starts', () => {
    expect(dates('2026-01-31', 1, 4)).toEqual(['2026-01-31..2026-02-27', '2026-02-28..2026-03-30', '2026-03-31..2026-04-29', '2026-04-30..2026-05-30']);
  });

  it('a leap year keeps 29 February', () => {
    expect(dates('2028-01-29', 1, 2)).toEqual(['2028-01-29..2028-02-28', '2028-02-29..2028-03-28']);
  });

  it('without a fiscal-year start a period has a number and no dates', () => {
    expect(periodInfo(null, 3, 2)).toMatchObject({ start: '', end: '' });
    expect(periodInfo(null, 3, 2).number.toString()).toBe('3');
  });
});
