import { describe, expect, it } from 'vitest';
import { hover } from '../../src/ide/hover.js';
import { AE_PLAN, mark, open, textAt, URI } from './helpers.js';

/** The hover at the marked cursor: the text it covers and its markdown. */
function hoverAt(marked: string): { over: string; contents: string } | null {
  const { index, text, offset } = open(marked);
  const result = hover(index, URI, offset);
  return result && { over: textAt(text, result.span), contents: result.contents };
}

const md = (...parts: string[]) => parts.join('\n\n');

describe('hover', () => {
  it('an input: its type, when it is given, its constraint and its doc comment', () => {
    expect(hoverAt(mark(AE_PLAN, 'att = bookings / qu|ota'))).toEqual({
      over: 'quota',
      contents: md('```payplan\ninput quota: Money (USD)\n```', 'given each quarter; must be positive', 'What the AE must sell each quarter.\nSet by the VP of sales.'),
    });
  });

  it('a per-year input with a default and a range', () => {
    const plan = `plan "P" {\n  currency EUR\n  period month\n  input target_grr: Percent per year = 90% must be between 0% and 200%\n  let g = target_g<|>rr\n}\n`;
    expect(hoverAt(plan)).toEqual({
      over: 'target_grr',
      contents: md('```payplan\ninput target_grr: Percent per year\n```', 'given once a year and spread evenly over the months; must be between 0% and 200%; default `90%`'),
    });
  });

  it('a definition: its type and expression; its value when no data is needed', () => {
    expect(hoverAt(mark(AE_PLAN, 'let att = book|ings'))).toEqual({
      over: 'bookings',
      contents: md('```payplan\nlet bookings: Money (USD)\n```', '= `sum(d.amount * d.credit for d in deals where d.kind != renewal)`'),
    });
    expect(hoverAt(mark(AE_PLAN, 'let kick|er'))).toEqual({
      over: 'kicker',
      contents: md('```payplan\nlet kicker: Money (USD)\n```', '= `5% of variable`', 'value: $2,500 per year'),
    });
  });

  it('a definition\'s value is in the unit the checker gives it, as the payout computes it', () => {
    const plan = `plan "P" {\n  currency USD\n  let share = 50% of 10\n  let half = 1 / 3\n  let le<|>vel = share * half\n}\n`;
    expect(hoverAt(plan)).toEqual({
      over: 'level',
      contents: md('```payplan\nlet level: Number\n```', '= `share * half`', 'value: 1.6667'),
    });
    const percent = `plan "P" {\n  currency USD\n  let sh<|>are = 50% of 10%\n}\n`;
    expect(hoverAt(percent)?.contents).toContain('value: 5%');
  });

  it('`variable`, `base` and `target` say what they are worth', () => {
    expect(hoverAt(mark(AE_PLAN, '5% of vari|able'))).toEqual({
      over: 'variable',
      contents: md('```payplan\nvariable: Money (USD)\n```', 'variable = $50,000 per year ($12,500 per quarter): OTE $100,000 × 50%'),
    });
    expect(hoverAt(mark(AE_PLAN, 'cap 200% of tar|get'))).toEqual({
      over: 'target',
      contents: md('```payplan\ntarget: Money (USD)\n```', 'target = $9,375 per quarter: the target incentive of `Bookings` for one quarter'),
    });
  });

  it('a component: weight, target incentive per year and per period, and what it pays at 100%', () => {
    expect(hoverAt(mark(AE_PLAN, 'component Book|ings'))).toEqual({
      over: 'Bookings',
      contents: md(
        '```payplan\ncomponent Bookings weight 75%\n```',
        'target incentive = $37,500 per year ($9,375 per quarter); pays $37,500 at 100%',
        'pays on a curve of attainment `att`',
        'capped at `200% of target` = $18,750 per quarter',
      ),
    });
  });

  it('the brief’s CSM component: $18,750 a year, $4,687.50 a quarter', () => {
    const plan = `plan "CSM" {
  currency USD
  period quarter
  ote $100,000
  mix 75% base / 25% variable
  input retained: Money
  input goal: Money must be positive
  component Reten<|>tion weight 75% {
    attainment retained / goal
    payout curve {
      below 85% -> 0%
      from 85% below 100% -> linear 50% to 100%
      from 100% -> slope 2
    }
  }
  component Expansion weight 25% {
    payout target
  }
}
`;
    expect(hoverAt(plan)?.contents.split('\n\n')[1]).toBe('target incentive = $18,750 per year ($4,687.50 per quarter); pays $18,750 at 100%');
  });

  it('a component named in a test', () => {
    expect(hoverAt(mark(AE_PLAN, 'expect NewLo|gos'))?.contents.split('\n\n').slice(0, 2)).toEqual([
      '```payplan\ncomponent NewLogos weight 25%\n```',
      'target incentive = $12,500 per year ($3,125 per quarter); pays $12,500 at 100%',
    ]);
  });

  it('a band: its boundaries, which side owns each, and what it pays', () => {
    expect(hoverAt(mark(AE_PLAN, 'from 50% below 100%  -> lin|ear'))).toEqual({
      over: 'from 50% below 100%  -> linear 50% to 100%',
      contents: md(
        '```payplan\nfrom 50% below 100% -> linear 50% to 100%\n```',
        'covers attainment from 50% (included: this band owns 50%) below 100% (excluded: the next band owns 100%)',
        'pays 50% rising linearly to 100% of target: $18,750 → $37,500 per year',
      ),
    });
    expect(hoverAt(mark(AE_PLAN, 'from 100%            -> sl|ope 2'))?.contents).toBe(
      md(
        '```payplan\nfrom 100% -> slope 2\n```',
        'covers attainment from 100% (included: this band owns 100%) and everything above it',
        'pays 100% of target at 100%, rising 2 points of target per point of attainment: +$750 per point per year',
      ),
    );
    expect(hoverAt(mark(AE_PLAN, 'bel|ow 50%            -> 0%'))?.contents).toBe(
      md('```payplan\nbelow 50% -> 0%\n```', 'covers attainment below 50% (excluded: the next band owns 50%)', 'pays 0% of target: $0 per year'),
    );
  });

  it('a band of a commission table', () => {
    const plan = `plan "P" {
  currency USD
  input bookings: Money
  component C {
    commission on bookings marginal {
      up to $100,000 -> 8%
      ab<|>ove $100,000 -> 12%
    }
  }
}
`;
    expect(hoverAt(plan)?.contents).toBe(
      md('```payplan\nabove $100,000 -> 12%\n```', 'covers `bookings` above $100,000 (excluded: the band before owns $100,000) and everything above it', 'pays 12% on the part of `bookings` in this band'),
    );
    expect(hoverAt(plan.replace('<|>', '').replace('up to $100,000', 'up <|>to $100,000'))?.contents).toBe(
      md('```payplan\nup to $100,000 -> 8%\n```', 'covers `bookings` up to $100,000 (included: this band owns $100,000)', 'pays 8% on the part of `bookings` in this band ($8,000 for the whole band)'),
    );
  });

  it('a commission component shows what it pays on the sample payee of its first test', () => {
    const plan = `plan "P" {
  currency USD
  period quarter
  input bookings: Money must be non-negative
  component Commi<|>ssion {
    commission on bookings marginal {
      up to $100,000 -> 8%
      above $100,000 -> 12%
    }
  }
}

test "a strong half" {
  Q1 { bookings: $150,000 }
  Q2 { bookings: $50,000 }
  expect total = $18,000
}
`;
    expect(hoverAt(plan)?.contents).toBe(
      md('```payplan\ncomponent Commission\n```', 'pays a marginal commission on `bookings`', 'in test `"a strong half"`: pays $14,000 in Q1, $4,000 in Q2'),
    );
  });

  it('a weight, an OTE and a mix say what their numbers are worth', () => {
    expect(hoverAt(mark(AE_PLAN, 'weight 7|5%'))).toEqual({
      over: '75%',
      contents: md('```payplan\nPercent\n```', '75% is the ratio 0.75', 'weight of `Bookings`: target incentive = variable $50,000 × 75% = $37,500 per year'),
    });
    expect(hoverAt(mark(AE_PLAN, 'ote $100,0|00'))).toEqual({
      over: '$100,000',
      contents: md('```payplan\nMoney (USD)\n```', '$100,000', 'base $50,000 + variable $50,000 per year'),
    });
    expect(hoverAt(mark(AE_PLAN, 'mix 50% base / 5|0% variable'))?.contents.split('\n\n')[2]).toBe('variable = OTE $100,000 × 50% = $50,000 per year');
  });

  it('a plan: currency, period, OTE split and each component’s target, then its doc comment', () => {
    expect(hoverAt(mark(AE_PLAN, 'plan "A|E"'))).toEqual({
      over: 'AE',
      contents: md(
        '```payplan\nplan "AE"\n```',
        'pays in USD, paid quarterly',
        'OTE $100,000 = base $50,000 + variable $50,000 per year ($12,500 per quarter)',
        '- `Bookings`: $37,500 per year\n- `NewLogos`: $12,500 per year',
        'The AE plan.',
      ),
    });
  });

  it('a bonus, a record, a field, an enum member and a local variable', () => {
    expect(hoverAt(mark(AE_PLAN, 'bonus "Kick|er"'))?.contents).toBe(md('```payplan\nbonus "Kicker"\n```', 'pays $2,500 once a year, in the first quarter when `att >= 120%`'));
    expect(hoverAt(mark(AE_PLAN, 'list of De|al'))?.contents).toBe('```payplan\nrecord Deal { amount: Money (USD), kind: new | renewal | expansion, credit: Percent = 100% }\n```');
    expect(hoverAt(mark(AE_PLAN, 'd.cre|dit for'))?.contents).toBe(md('```payplan\nDeal.credit: Percent\n```', 'default `100%` when the data leaves it out'));
    expect(hoverAt(mark(AE_PLAN, '!= rene|wal'))?.contents).toBe(md('```payplan\nrenewal: Deal.kind\n```', 'one of new | **renewal** | expansion'));
    expect(hoverAt(mark(AE_PLAN, 'for |d in deals'))?.contents).toBe(md('```payplan\nd: Deal\n```', 'each item of `deals`'));
  });

  it('a field with a constraint: its constraint, then its default; the record shows it too', () => {
    const plan = (at: string) =>
      `plan "P" {\n  currency USD\n  record Deal { amount: Money must be non-negative, credit: Percent must be between 0% and 100% = 100% }\n  input deals: list of Deal\n  let credited = sum(${at} for d in deals)\n  component C { payout credited }\n}\n`;
    expect(hoverAt(plan('d.am<|>ount'))?.contents).toBe(md('```payplan\nDeal.amount: Money (USD)\n```', 'must be non-negative, checked on every value the data gives'));
    expect(hoverAt(plan('d.amount * d.cre<|>dit'))?.contents).toBe(
      md('```payplan\nDeal.credit: Percent\n```', 'must be between 0% and 100%, checked on every value the data gives; default `100%` when the data leaves it out'),
    );
    expect(hoverAt(plan('d.amount').replace('list of Deal', 'list of De<|>al'))?.contents).toBe(
      '```payplan\nrecord Deal { amount: Money (USD) must be non-negative, credit: Percent = 100% must be between 0% and 100% }\n```',
    );
  });

  it('functions and aggregations show their signature', () => {
    expect(hoverAt(mark(AE_PLAN, 's|um(d.amount'))?.contents).toBe(md('```payplan\nsum(value for x in list where condition)\n```', 'The sum of the values over the list (zero in the plan currency for an empty list)'));
    const plan = `plan "P" {\n  currency USD\n  input a: Money\n  let b = cla<|>mp(a, $0, $10)\n}\n`;
    expect(hoverAt(plan)?.contents).toBe(md('```payplan\nclamp(value, low, high)\n```', 'The value, raised to `low` or lowered to `high` when outside them'));
  });

  it('a keyword with a rule behind it', () => {
    expect(hoverAt(mark(AE_PLAN, '120% on|ce'))).toEqual({ over: 'once', contents: '`once`: the bonus pays only in the first period of the year whose condition holds' });
  });

  it('nothing where there is nothing to say', () => {
    expect(hoverAt(mark(AE_PLAN, '  curr|ency USD'))).toBeNull();
    expect(hoverAt(mark(AE_PLAN, '// The A|E plan.'))).toBeNull();
  });
});
