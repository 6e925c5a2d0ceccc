/** `run --out csv`: a currency column, the payee's id on every row, and no spreadsheet formulas. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDir } from './helpers.js';

const plan = `plan "Fee" {
  currency EUR
  period year
  input revenue: Money
  component Fee { commission on revenue at 2% }
}
`;

describe('run --out csv', () => {
  it('neutralises formulas in text cells (OWASP), keeps negative amounts numeric, names every payee and the currency', async () => {
    const dir = scratchDir('csv-out');
    writeFileSync(join(dir, 'fee.payplan'), plan);
    const names = ['=HYPERLINK("http://evil.example","click")', '+1+2', '-2', '@SUM(A1)', '\tTab', '\rReturn', 'Dana Reyes'];
    const payees = [
      ...names.map((payee, i) => ({ payee, periods: { FY: { revenue: i === 1 ? '-€100' : '€100' } } })),
      { periods: { FY: { revenue: '€50' } } },
    ];
    writeFileSync(join(dir, 'data.json'), JSON.stringify({ payees }));
    const r = await cli(['run', 'fee.payplan', 'data.json', '--out', 'csv'], dir);
    expect(r.stderr).toBe('paid 8 payees (8 periods), 0 failed; total 11.00 EUR\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'payee,period,line,kind,amount,currency',
        `"'=HYPERLINK(""http://evil.example"",""click"")",FY,Fee,component,2.00,EUR`,
        `'+1+2,FY,Fee,component,-2.00,EUR`,
        `'-2,FY,Fee,component,2.00,EUR`,
        `'@SUM(A1),FY,Fee,component,2.00,EUR`,
        `'\tTab,FY,Fee,component,2.00,EUR`,
        `"'\rReturn",FY,Fee,component,2.00,EUR`,
        'Dana Reyes,FY,Fee,component,2.00,EUR',
        '#8,FY,Fee,component,1.00,EUR',
        '',
      ].join('\n'),
    );
  });
});
