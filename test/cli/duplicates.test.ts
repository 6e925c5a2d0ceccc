/** Nothing is paid twice: a list given twice, or a payee that appears twice in the data. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root, scratchDir } from './helpers.js';

const plan = join(root, 'examples/ae-fy2026-marginal.payplan');
const csv = join(root, 'examples/data/ae-fy2026-marginal.csv');
const deals = join(root, 'examples/data/ae-fy2026-marginal.deals.csv');
const demo = join(root, 'examples/data/ae-fy2026-marginal.demo.json');

describe('nothing is paid twice', () => {
  it('`--list deals=…` given twice is a usage error, whatever the files', async () => {
    const same = await cli(['run', plan, csv, '--list', `deals=${deals}`, '--list', `deals=${deals}`, '--out', 'csv']);
    expect(same.code).toBe(2);
    expect(same.stdout).toBe('');
    expect(same.stderr.split('\n')[0]).toMatch(/^payplan run: `--list deals` is given twice \(`--list deals=.*` and `--list deals=.*`\); give each list once, in one file$/);
    const dir = scratchDir('dup');
    writeFileSync(join(dir, 'more.csv'), 'payee,period,amount,kind\nDana Reyes,Q1,100,new\n');
    const other = await cli(['explain', plan, csv, '--payee', 'Dana Reyes', '--list', `deals=${deals}`, '--list', 'deals=more.csv'], dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('`--list deals` is given twice');
  });

  it('a payee twice in JSON data: that payee is not paid, one error names both entries, the others are paid', async () => {
    const dir = scratchDir('dup');
    const data = JSON.parse(readFileSync(demo, 'utf8')) as { payees: { payee: string }[] };
    data.payees.push({ ...data.payees[0]! });
    writeFileSync(join(dir, 'dup.json'), JSON.stringify(data, null, 2));
    const r = await cli(['run', plan, 'dup.json', '--out', 'json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.statements.map((s: { payee: string }) => s.payee)).toEqual(['Priya Natarajan']);
    expect(out.errors).toEqual([
      {
        payee: 'Dana Reyes',
        code: 'PP6013',
        message: 'payee "Dana Reyes" appears more than once in the data: payees #1 (line 3) and #3 (line 65); none of them was paid',
        file: 'dup.json',
        line: null,
        field: null,
      },
    ]);
    expect(r.stderr).toBe('dup.json (payee "Dana Reyes"): error PP6013: payee "Dana Reyes" appears more than once in the data: payees #1 (line 3) and #3 (line 65); none of them was paid\npaid 1 payee (2 periods), 1 failed; total 81000.00 USD\n');
  });

  it('JSON: the same payee written differently (case, spaces) is a duplicate too', async () => {
    const dir = scratchDir('dup');
    const data = JSON.parse(readFileSync(demo, 'utf8')) as { payees: { payee: string }[] };
    data.payees.push({ ...data.payees[1]!, payee: 'priya  natarajan' });
    writeFileSync(join(dir, 'dup.json'), JSON.stringify(data));
    const r = await cli(['run', plan, 'dup.json', '--out', 'json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.statements.map((s: { payee: string }) => s.payee)).toEqual(['Dana Reyes']);
    expect(out.errors.map((e: { message: string }) => e.message)).toEqual([
      'payee "Priya Natarajan" appears more than once in the data: payees #2 ("Priya Natarajan", line 1) and #3 ("priya  natarajan", line 1); none of them was paid',
    ]);
  });

  it('CSV: one payee spelled two ways is not paid, the error names both lines', async () => {
    const dir = scratchDir('dup');
    writeFileSync(join(dir, 'ae.csv'), `${readFileSync(csv, 'utf8')}dana reyes,Q3,500000\n`);
    const r = await cli(['run', plan, 'ae.csv', '--list', `deals=${deals}`, '--out', 'json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.statements.map((s: { payee: string }) => s.payee)).toEqual(['Priya Natarajan']);
    expect(r.stderr).toContain(
      'ae.csv:2: error PP6013: payee "Dana Reyes" appears more than once in the data: as "Dana Reyes" (line 2) and "dana reyes" (line 8); none of them was paid\n',
    );
  });
});
