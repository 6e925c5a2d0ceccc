import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, scratchDir } from './helpers.js';

const plan = join(root, 'examples/ae-fy2026-marginal.payplan');

describe('payplan run --carry', () => {
  it('CSV data: carried columns are appended to every output row, from the row of its period, and not warned about', async () => {
    const dir = scratchDir('carry');
    writeFileSync(join(dir, 'ae.csv'), 'payee,period,quota,employee_id,region\nAnn,Q1,1000,E-7,EMEA\nAnn,Q2,1000,E-7,APAC\nBo,Q1,1000,=cmd,\n');
    writeFileSync(join(dir, 'deals.csv'), 'payee,period,amount,kind\nAnn,Q1,1000,new\nAnn,Q2,500,renewal\nBo,Q1,300,new\n');
    const r = await cli(['run', plan, 'ae.csv', '--list', 'deals=deals.csv', '--out', 'csv', '--carry', 'employee_id,region'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'payee,period,line,kind,amount,currency,employee_id,region',
        'Ann,Q1,NewBusiness,component,80.00,USD,E-7,EMEA',
        'Ann,Q2,NewBusiness,component,0.00,USD,E-7,APAC',
        "Bo,Q1,NewBusiness,component,24.00,USD,'=cmd,",
        '',
      ].join('\n'),
    );
    expect(r.stderr).not.toContain('PP6010');
  });

  it('JSON data: payee fields and period fields are carried', async () => {
    const dir = scratchDir('carry');
    const payees = [{ payee: 'Ann', employee_id: 'E-7', periods: { Q1: { quota: '$1000', deals: [{ amount: '$1000', kind: 'new' }], region: 'EMEA' } } }];
    writeFileSync(join(dir, 'ae.json'), JSON.stringify({ payees }));
    const r = await cli(['run', plan, 'ae.json', '--out', 'csv', '--carry', 'employee_id,region'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('payee,period,line,kind,amount,currency,employee_id,region\nAnn,Q1,NewBusiness,component,80.00,USD,E-7,EMEA\n');
  });

  it('a carried column the data lacks is a usage error naming it; --carry needs --out csv', async () => {
    const lacks = await cli(['run', 'examples/ae-fy2026-marginal.payplan', 'examples/data/ae-fy2026-marginal.json', '--out', 'csv', '--carry', 'employee_id']);
    expect(lacks.code).toBe(2);
    expect(lacks.stdout).toBe('');
    expect(lacks.stderr).toContain('`--carry employee_id`: the data has no column or payee field `employee_id`');
    const json = await cli(['run', 'examples/ae-fy2026-marginal.payplan', 'examples/data/ae-fy2026-marginal.json', '--out', 'json', '--carry', 'x']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('`--carry` adds columns to CSV output; use it with `--out csv`');
  });
});
