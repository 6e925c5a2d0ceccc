import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixtures, root, scratchDir } from './helpers.js';

const plan = 'examples/ae-fy2026-marginal.payplan';
const planPath = join(root, plan);
const json = 'examples/data/ae-fy2026-marginal.json';
const csv = 'examples/data/ae-fy2026-marginal.csv';
const deals = 'deals=examples/data/ae-fy2026-marginal.deals.csv';

interface Line {
  name: string;
  kind: string;
  amount: string;
}
interface StatementJson {
  payee: string;
  periods: { period: string; lines: Line[]; total: string }[];
  total: string;
}

/** payee → "Q1 NewBusiness 52000.00, …" */
function amounts(statements: StatementJson[]): Record<string, string> {
  return Object.fromEntries(
    statements.map((s) => [s.payee, `${s.periods.flatMap((p) => p.lines.map((l) => `${p.period} ${l.name} ${l.amount}`)).join(', ')}; total ${s.total}`]),
  );
}

const expectedAmounts = {
  'Dana Reyes': "Q1 NewBusiness 52000.00, Q1 President's Club kicker 5000.00, Q2 NewBusiness 20000.00; total 77000.00",
  'Priya Natarajan': "Q1 NewBusiness 52000.00, Q1 President's Club kicker 5000.00, Q2 NewBusiness 24000.00; total 81000.00",
};

const expectedCsv = `payee,period,line,kind,amount,currency
Dana Reyes,Q1,NewBusiness,component,52000.00,USD
Dana Reyes,Q1,President's Club kicker,bonus,5000.00,USD
Dana Reyes,Q2,NewBusiness,component,20000.00,USD
Priya Natarajan,Q1,NewBusiness,component,52000.00,USD
Priya Natarajan,Q1,President's Club kicker,bonus,5000.00,USD
Priya Natarajan,Q2,NewBusiness,component,24000.00,USD
`;

describe('payplan run', () => {
  it('JSON data, JSON out: every good payee paid, the bad one reported with its code, payee and field', async () => {
    const r = await cli(['run', plan, json, '--out', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['statements', 'errors']);
    expect(amounts(out.statements)).toEqual(expectedAmounts);
    expect(out.errors).toEqual([
      {
        payee: 'Tom Becker',
        code: 'PP6005',
        message: 'payee "Tom Becker", Q2: `quota` must be positive but is 0',
        file: 'examples/data/ae-fy2026-marginal.json',
        line: null,
        field: 'quota',
      },
    ]);
    expect(r.stderr).toBe('examples/data/ae-fy2026-marginal.json (payee "Tom Becker"): error PP6005: payee "Tom Becker", Q2: `quota` must be positive but is 0\npaid 2 payees (4 periods), 1 failed; total 158000.00 USD\n');
  });

  it('CSV data with a --list file, CSV out: the bad row named by its line', async () => {
    const r = await cli(['run', plan, csv, '--list', deals, '--out', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(expectedCsv);
    expect(r.stderr).toBe('examples/data/ae-fy2026-marginal.csv:7: error PP6005: payee "Tom Becker", Q2: `quota` must be positive but is 0\npaid 2 payees (4 periods), 1 failed; total 158000.00 USD\n');
  });

  it('CSV data gives the same statements as the JSON data', async () => {
    const fromCsv = JSON.parse((await cli(['run', plan, csv, '--list', deals, '--out', 'json'])).stdout);
    const fromJson = JSON.parse((await cli(['run', plan, json, '--out', 'json'])).stdout);
    expect(fromCsv.statements).toEqual(fromJson.statements);
    expect(fromCsv.errors).toEqual([
      {
        payee: 'Tom Becker',
        code: 'PP6005',
        message: 'payee "Tom Becker", Q2: `quota` must be positive but is 0',
        file: 'examples/data/ae-fy2026-marginal.csv',
        line: 7,
        field: 'quota',
      },
    ]);
  });

  it('text out: one statement per payee', async () => {
    const r = await cli(['run', plan, json]);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/: pay statement\n/g)).toHaveLength(2);
    expect(r.stdout).toContain('Payee:    Dana Reyes\n');
    expect(r.stdout).toContain('Payee:    Priya Natarajan\n');
    expect(r.stdout).toContain('  Total                               $81,000.00\n');
  });

  it('exit 0 when every payee is paid; --output writes a file, its extension picks the format', async () => {
    const dir = scratchDir('run');
    const data = join(dir, 'good.json');
    const payees = JSON.parse(readFileSync(json, 'utf8')).payees.slice(0, 2);
    writeFileSync(data, JSON.stringify({ payees }));
    const out = join(dir, 'out.csv');
    const r = await cli(['run', plan, data, '--output', out]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'paid 2 payees (4 periods), 0 failed; total 158000.00 USD\n' });
    expect(readFileSync(out, 'utf8')).toBe(expectedCsv);
  });

  it('a bad list item is reported at its line in the list file', async () => {
    const dir = scratchDir('run');
    const list = join(dir, 'deals.csv');
    writeFileSync(list, 'payee,period,amount,kind\nAnn,Q1,100,new\nAnn,Q1,200,upsell\nBo,Q1,300,new\n');
    const main = join(dir, 'main.csv');
    writeFileSync(main, 'payee,period,quota\nAnn,Q1,1000\nBo,Q1,1000\n');
    const r = await cli(['run', planPath, 'main.csv', '--list', 'deals=deals.csv', '--out', 'json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.statements.map((s: { payee: string; total: string }) => `${s.payee} ${s.total}`)).toEqual(['Bo 24.00']);
    expect(out.errors).toEqual([
      {
        payee: 'Ann',
        code: 'PP6006',
        message: 'payee "Ann", Q1: `deals[2].kind` is `upsell`, which is not one of `new`, `renewal`, `expansion`',
        file: 'deals.csv',
        line: 3,
        field: 'deals[2].kind',
      },
    ]);
    expect(r.stderr).toBe('deals.csv:3: error PP6006: payee "Ann", Q1: `deals[2].kind` is `upsell`, which is not one of `new`, `renewal`, `expansion`\npaid 1 payee (1 period), 1 failed; total 24.00 USD\n');
  });

  it('a list column in the main CSV next to `--list` for it, or `--list` for a non-list input, is a usage error, not a crash', async () => {
    const dir = scratchDir('run');
    writeFileSync(join(dir, 'deals.csv'), 'payee,period,amount,kind\nAnn,Q1,100,new\n');
    writeFileSync(join(dir, 'clash.csv'), 'payee,period,quota,deals\nAnn,Q1,1000,x\nBo,Q1,1000,y\n');
    const clash = await cli(['run', planPath, 'clash.csv', '--list', 'deals=deals.csv', '--out', 'json'], dir);
    expect(clash.code).toBe(2);
    expect(clash.stdout).toBe('');
    expect(clash.stderr).toContain('`clash.csv` has a `deals` column, but `deals` is given by `--list deals=deals.csv`');
    expect(clash.stderr).not.toContain('TypeError');

    writeFileSync(join(dir, 'main.csv'), 'payee,period,quota\nAnn,Q1,1000\nBo,Q1,1000\n');
    const notList = await cli(['run', planPath, 'main.csv', '--list', 'quota=deals.csv', '--out', 'json'], dir);
    expect(notList.code).toBe(2);
    expect(notList.stderr).toContain('`--list quota=deals.csv`: `quota` is not a list input of plan');
    expect(notList.stderr).toContain('its list inputs are `deals`');
    const unknown = await cli(['run', planPath, 'main.csv', '--list', 'nope=deals.csv'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('`nope` is not a list input');
  });

  it('a list column in the main CSV without `--list` fails each payee on its own, not the run', async () => {
    const dir = scratchDir('run');
    writeFileSync(join(dir, 'main.csv'), 'payee,period,quota,deals\nAnn,Q1,1000,x\nBo,Q1,1000,\n');
    const r = await cli(['run', planPath, 'main.csv', '--out', 'json'], dir);
    expect(r.stderr).not.toContain('TypeError');
    expect(r.stderr).not.toContain('PP9001');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.errors.length).toBeGreaterThan(0);
  });

  it('CSV: per-year values must agree; malformed rows fail only their payee', async () => {
    const r = await cli(['run', `${fixtures}/per-year.payplan`, `${fixtures}/per-year.csv`, '--out', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('payee,period,line,kind,amount,currency\nAnn,Q1,Commission,component,10000.00,USD\nAnn,Q2,Commission,component,17500.00,USD\n');
    expect(r.stderr).toBe(
      [
        'test/cli/fixtures/per-year.csv:5: error PP6011: the rows of this payee do not fit together: `quota` is per year, so every row of payee "Bob" must give the same value, but line 4 gives `400000` and line 5 gives `500000`',
        'test/cli/fixtures/per-year.csv:6: error PP6011: the rows of this payee do not fit together: this row has 5 cells but the header has 4',
        'test/cli/fixtures/per-year.csv:7: error PP6002: payee "Dee", Q1: `bookings` should be an amount such as `$1,000.00` but is `12,5`',
        'paid 1 payee (2 periods), 3 failed; total 27500.00 USD',
        '',
      ].join('\n'),
    );
  });

  it('warns on stderr about data fields the plan does not know', async () => {
    const dir = scratchDir('run');
    const data = join(dir, 'extra.json');
    writeFileSync(data, JSON.stringify({ payees: [{ payee: 'Ann', periods: { Q1: { quota: '$100', deals: [], region: 'EMEA' } } }] }));
    const r = await cli(['run', plan, data, '--out', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('warning PP6010: payee "Ann", Q1: `region` is not a per-period input of the plan and was ignored\npaid 1 payee (1 period), 0 failed; total 0.00 USD\n');
  });

  it('a data file that cannot be read pays nobody (PP6009, exit 1)', async () => {
    const dir = scratchDir('run');
    const data = join(dir, 'bad.json');
    writeFileSync(data, '{ "payees": [');
    const r = await cli(['run', planPath, 'bad.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bad\.json: error PP6009: the data file cannot be read: it is not valid JSON \(/);
    writeFileSync(data, '{ "people": [] }');
    expect((await cli(['run', planPath, 'bad.json'], dir)).stderr).toBe(
      'bad.json: error PP6009: the data file cannot be read: it should be an object with a `payees` list, as in `{ "payees": [ … ] }`\n',
    );
    const unclosed = join(dir, 'unclosed.csv');
    writeFileSync(unclosed, 'payee,period,quota\nAnn,Q1,"100\n');
    expect((await cli(['run', planPath, 'unclosed.csv'], dir)).stderr).toBe('unclosed.csv:2: error PP6009: the data file cannot be read: a quoted cell is never closed\n');
  });

  it('refuses a plan with errors and pays nobody', async () => {
    const r = await cli(['run', `${fixtures}/broken.payplan`, json]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('test/cli/fixtures/broken.payplan:10:16 error PP3001');
    expect(r.stderr).toMatch(/test\/cli\/fixtures\/broken\.payplan: 2 errors; nobody was paid\n$/);
  });

  it('a file with several plans needs --plan', async () => {
    const r = await cli(['run', `${fixtures}/two-plans.payplan`, json]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'payplan run: `test/cli/fixtures/two-plans.payplan` has several plans; choose one with `--plan`: "AE", "SE"\nRun `payplan run --help` for usage.\n',
    );
    const chosen = await cli(['run', `${fixtures}/two-plans.payplan`, json, '--plan', 'AE', '--out', 'json']);
    expect(chosen.code).toBe(1);
    expect(JSON.parse(chosen.stdout).statements.map((s: { plan: string; total: string }) => `${s.plan} ${s.total}`)).toEqual(['AE 77600.00', 'AE 104000.00']);
    expect((await cli(['run', `${fixtures}/two-plans.payplan`, json, '--plan', 'XX'])).code).toBe(2);
  });
});

describe('payplan run: the summary on stderr', () => {
  it('ends with payees paid and failed, periods paid and the total per currency; stdout is unchanged', async () => {
    const r = await cli(['run', plan, json, '--out', 'csv']);
    expect(r.stdout).toBe(expectedCsv);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('paid 2 payees (4 periods), 1 failed; total 158000.00 USD');
  });

  it('collapses a warning repeated on many rows into one line per kind with its count', async () => {
    const dir = scratchDir('run');
    const rows = Array.from({ length: 50 }, (_, i) => `P${i},Q1,1000,EMEA,7`);
    writeFileSync(join(dir, 'main.csv'), `payee,period,quota,region,team\n${rows.join('\n')}\n`);
    writeFileSync(join(dir, 'deals.csv'), 'payee,period,amount,kind\n');
    const r = await cli(['run', planPath, 'main.csv', '--list', 'deals=deals.csv', '--out', 'csv'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning PP6010 unknown data field `region`: 50 rows\nwarning PP6010 unknown data field `team`: 50 rows\npaid 50 payees (50 periods), 0 failed; total 0.00 USD\n',
    );
  });

  it('--quiet drops the summary, keeps errors and warnings and stdout', async () => {
    const loud = await cli(['run', plan, json, '--out', 'csv']);
    const quiet = await cli(['run', plan, json, '--out', 'csv', '--quiet']);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toBe(loud.stdout);
    expect(quiet.stderr).toBe('examples/data/ae-fy2026-marginal.json (payee "Tom Becker"): error PP6005: payee "Tom Becker", Q2: `quota` must be positive but is 0\n');
  });
});
