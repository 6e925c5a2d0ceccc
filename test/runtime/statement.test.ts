import { describe, expect, it } from 'vitest';
import {
  type RoundedLine,
  buildPeriod,
  buildStatement,
  dec,
  moneyStep,
  percentStep,
  renderStatementText,
  textStep,
} from '../../src/runtime/index.js';

const newBusiness = (amount: string): RoundedLine => ({
  kind: 'component',
  name: 'NewBusiness',
  amount: dec(amount),
  explanation: [
    moneyStep('bookings', dec('600000'), 'USD'),
    textStep('band', 'above 100% of quota', '12% marginal'),
  ],
});

const kicker: RoundedLine = {
  kind: 'bonus',
  name: "President's Club kicker",
  amount: dec('5000'),
  explanation: [textStep('condition', 'bookings >= 120% of quota', 'met')],
};

const statement = buildStatement({
  plan: 'AE FY2026',
  currency: 'USD',
  payee: 'Jane Doe',
  periods: [
    { period: 'Q1', lines: [newBusiness('52000')] },
    { period: 'Q2', lines: [newBusiness('-1200.5'), kicker] },
  ],
});

describe('buildPeriod', () => {
  it('totals rounded lines exactly, to the cent', () => {
    const lines: RoundedLine[] = ['0.10', '0.20', '0.01'].map((amount, i) => ({
      kind: 'adjustment',
      name: `adjustment ${i}`,
      amount: dec(amount),
      explanation: [],
    }));
    const period = buildPeriod('M1', lines, 'USD');
    expect(period.total).toBe('0.31');
    expect(period.lines.map((l) => l.amount)).toEqual(['0.10', '0.20', '0.01']);
  });
});

describe('buildStatement', () => {
  it('writes amounts as exact decimal strings with the minor-unit digits', () => {
    expect(statement.periods).toEqual([
      {
        period: 'Q1',
        lines: [
          {
            kind: 'component',
            name: 'NewBusiness',
            amount: '52000.00',
            explanation: newBusiness('0').explanation,
          },
        ],
        total: '52000.00',
      },
      {
        period: 'Q2',
        lines: [
          {
            kind: 'component',
            name: 'NewBusiness',
            amount: '-1200.50',
            explanation: newBusiness('0').explanation,
          },
          {
            kind: 'bonus',
            name: "President's Club kicker",
            amount: '5000.00',
            explanation: kicker.explanation,
          },
        ],
        total: '3799.50',
      },
    ]);
  });

  it('sums each line name over the periods in first-seen order, and the year', () => {
    expect(statement.totals).toEqual([
      { name: 'NewBusiness', amount: '50799.50' },
      { name: "President's Club kicker", amount: '5000.00' },
    ]);
    expect(statement.total).toBe('55799.50');
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(statement))).toEqual(statement);
  });

  it('leaves out a payee that was not given', () => {
    const anonymous = buildStatement({ plan: 'P', currency: 'JPY', periods: [] });
    expect(anonymous).toEqual({ plan: 'P', currency: 'JPY', periods: [], totals: [], total: '0' });
    expect('payee' in anonymous).toBe(false);
  });
});

describe('renderStatementText', () => {
  it('prints a statement with aligned amounts and explanations beneath each line', () => {
    expect(renderStatementText(statement)).toBe(
      [
        'AE FY2026: pay statement',
        '='.repeat(48),
        'Payee:    Jane Doe',
        'Currency: USD',
        '',
        'Q1',
        '  NewBusiness                         $52,000.00',
        '      bookings: $600,000.00',
        '      band: above 100% of quota (12% marginal)',
        '                                    ------------',
        '  Q1 total                            $52,000.00',
        '',
        'Q2',
        '  NewBusiness                         -$1,200.50',
        '      bookings: $600,000.00',
        '      band: above 100% of quota (12% marginal)',
        "  President's Club kicker              $5,000.00",
        '      condition: bookings >= 120% of quota (met)',
        '                                    ------------',
        '  Q2 total                             $3,799.50',
        '',
        'Year',
        '  NewBusiness                         $50,799.50',
        "  President's Club kicker              $5,000.00",
        '                                    ------------',
        '  Total                               $55,799.50',
        '                                    ============',
        '',
      ].join('\n'),
    );
  });

  it('widens the columns for long names and amounts', () => {
    const wide = buildStatement({
      plan: 'CSM FY2026',
      currency: 'EUR',
      periods: [
        {
          period: 'FY',
          lines: [
            {
              kind: 'component',
              name: 'Retention of the enterprise book of business',
              amount: dec('123456789.5'),
              explanation: [percentStep('attainment', dec('0.95'))],
            },
          ],
        },
      ],
    });
    const rows = renderStatementText(wide)
      .split('\n')
      .filter((line) => line.includes('€'));
    expect(rows).toEqual([
      '  Retention of the enterprise book of business  €123,456,789.50',
      '  FY total                                      €123,456,789.50',
      '  Retention of the enterprise book of business  €123,456,789.50',
      '  Total                                         €123,456,789.50',
    ]);
  });
});
