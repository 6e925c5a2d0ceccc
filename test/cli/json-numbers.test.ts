/**
 * JSON data keeps every number exact: read from the file's text, not through a binary double. A
 * number payplan cannot carry exactly fails its payee (PP6014); nothing becomes 0 or "null".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactNumber, InexactNumber, parseExactJson } from '../../src/data/json-exact.js';
import { cli, scratchDir } from './helpers.js';

const plan = `plan "Fee" {
  currency USD
  period year
  input revenue: Money
  component Fee { commission on revenue at 2% }
}
`;

async function pay(revenues: Record<string, string>, periods?: string) {
  const dir = scratchDir('json-numbers');
  writeFileSync(join(dir, 'fee.payplan'), plan);
  const payees = Object.entries(revenues).map(([payee, n]) => `{ "payee": "${payee}", "periods": ${periods ?? `{ "FY": { "revenue": ${n} } }`} }`);
  writeFileSync(join(dir, 'data.json'), `{ "payees": [\n  ${payees.join(',\n  ')}\n] }\n`);
  const r = await cli(['run', 'fee.payplan', 'data.json', '--out', 'json'], dir);
  const out = JSON.parse(r.stdout) as { statements: { payee: string; total: string }[]; errors: { payee: string; code: string; message: string; field: string }[] };
  return { code: r.code, paid: Object.fromEntries(out.statements.map((s) => [s.payee, s.total])), errors: out.errors, stderr: r.stderr };
}

describe('JSON numbers are exact', () => {
  it('numbers beyond a double keep every digit', async () => {
    const r = await pay({ Exact: '12345678901234567890123.45', Exp: '1.5e6', Big: '1e21', Small: '5e-1', Plain: '100000.50' });
    expect(r.paid).toEqual({
      Exact: '246913578024691357802.47',
      Exp: '30000.00',
      Big: '20000000000000000000.00',
      Small: '0.01',
      Plain: '2000.01',
    });
    expect(r.code).toBe(0);
  });

  it('a number that cannot be carried exactly fails its payee with PP6014; the others are paid', async () => {
    const r = await pay({ Tiny: '1e-400', Huge: '1e999', Long: '123456789012345678901234567890123456789.12', Fine: '100' });
    expect(r.code).toBe(1);
    expect(r.paid).toEqual({ Fine: '2.00' });
    expect(r.errors.map((e) => `${e.payee} ${e.code} ${e.field}: ${e.message}`)).toEqual([
      'Tiny PP6014 revenue: payee "Tiny", FY: `revenue` is `1e-400`, a number payplan cannot carry exactly: it has digits beyond 40 decimal places',
      'Huge PP6014 revenue: payee "Huge", FY: `revenue` is `1e999`, a number payplan cannot carry exactly: it is 1e40 or more, beyond the amounts payplan carries',
      'Long PP6014 revenue: payee "Long", FY: `revenue` is `123456789012345678901234567890123456789.12`, a number payplan cannot carry exactly: it has 41 significant digits, and payplan carries at most 40',
    ]);
  });

  it('an inexact number deep in a list is named by its path', async () => {
    const dir = scratchDir('json-numbers');
    const r = await cli([
      'run',
      'examples/ae-fy2026-marginal.payplan',
      (() => {
        const file = join(dir, 'deals.json');
        writeFileSync(
          file,
          JSON.stringify({ payees: [{ payee: 'Dana', periods: { Q1: { quota: '$500,000', deals: [{ amount: '$1', kind: 'new' }, { amount: 'X', kind: 'new' }] } } }] }).replace('"X"', '1e-999'),
        );
        return file;
      })(),
      '--out',
      'json',
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).errors[0]).toMatchObject({ code: 'PP6014', field: 'deals[2].amount' });
  });

  it('empty periods are an error, not a $0.00 statement', async () => {
    const r = await pay({ Nobody: '' }, '{}');
    expect(r.code).toBe(1);
    expect(r.paid).toEqual({});
    expect(r.errors.map((e) => e.message)).toEqual(['payee "Nobody": `periods` should be at least one period, as in `{ "Q1": { … } }` but is `{}`']);
    const list = await pay({ Nobody: '' }, '[]');
    expect(list.errors.map((e) => e.code)).toEqual(['PP6002']);
  });

  it('broken JSON names its line and column', async () => {
    const dir = scratchDir('json-numbers');
    writeFileSync(join(dir, 'fee.payplan'), plan);
    writeFileSync(join(dir, 'bad.json'), '{ "payees": [\n  { "payee": "x", "periods": { "FY": { "revenue": 01 } } }\n] }\n');
    const r = await cli(['run', 'fee.payplan', 'bad.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('bad.json: error PP6009: the data file cannot be read: it is not valid JSON (line 2, column 51: `01` is not a JSON number)\n');
  });
});

describe('parseExactJson', () => {
  it('reads what JSON.parse reads, and rejects what it rejects', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        // Structure and strings as JSON.parse; each number as exactNumber reads its text.
        const numbers = (v: unknown): unknown =>
          typeof v === 'number' ? exactNumber(JSON.stringify(v))
          : Array.isArray(v) ? v.map(numbers)
          : typeof v === 'object' && v !== null ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, numbers(x)]))
          : v;
        expect(parseExactJson(text).value).toEqual(numbers(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
    for (const bad of ['', '{', '[1,]', '{"a":1,}', '01', '1.', '.5', '+1', '"\\x"', '"a\nb"', 'nul', '{"a" 1}', '[1 2]', '1 2', 'NaN', '-']) {
      expect(() => JSON.parse(bad), bad).toThrow();
      expect(() => parseExactJson(bad), bad).toThrow();
    }
    expect(parseExactJson('{"__proto__": {"x": 1}}').value).toEqual(JSON.parse('{"__proto__": {"x": 1}}'));
  });

  it('numbers: the double when exact, else the exact text, else InexactNumber', () => {
    expect(exactNumber('600000.00')).toBe(600000);
    expect(exactNumber('0.92')).toBe(0.92);
    expect(exactNumber('-0')).toBe(-0);
    expect(exactNumber('1e21')).toBe('1000000000000000000000');
    expect(exactNumber('1e-7')).toBe('0.0000001');
    expect(exactNumber('0.1000000000000000055511151231257827')).toBe('0.1000000000000000055511151231257827');
    expect(exactNumber('-12345678901234567890.125')).toBe('-12345678901234567890.125');
    expect(exactNumber('1e-400')).toBeInstanceOf(InexactNumber);
    expect(exactNumber('1e999')).toBeInstanceOf(InexactNumber);
    expect(exactNumber('1e99999999999999999999')).toBeInstanceOf(InexactNumber);
    expect(exactNumber(`1${'0'.repeat(41)}e-41`)).toBe(1);
  });
});

describe('amounts written as text with more digits than payouts carry', () => {
  const textPlan = `plan "Fee" {
  currency USD
  period year
  input revenue: Money
  input note: Text
  component Fee { commission on revenue at 2% }
}
`;
  const long = '123456789012345678901234567890123456789.12';

  it('fail their payee with PP6014 at their row, in JSON and in CSV; a long text field is fine', async () => {
    const dir = scratchDir('json-numbers');
    writeFileSync(join(dir, 'fee.payplan'), textPlan);
    const note = '1'.repeat(60);
    writeFileSync(
      join(dir, 'data.json'),
      JSON.stringify({
        payees: [
          { payee: 'Long', periods: { FY: { revenue: `$${long}`, note } } },
          { payee: 'Fine', periods: { FY: { revenue: '$1,234,567,890,123,456,789,012,345,678.12', note } } },
        ],
      }),
    );
    const json = await cli(['run', 'fee.payplan', 'data.json', '--out', 'json'], dir);
    expect(json.code).toBe(1);
    const out = JSON.parse(json.stdout);
    expect(out.statements.map((s: { payee: string; total: string }) => `${s.payee} ${s.total}`)).toEqual(['Fine 24691357802469135780246913.56']);
    expect(out.errors).toEqual([
      {
        payee: 'Long',
        code: 'PP6014',
        message: `payee "Long", FY: \`revenue\` is \`$${long}\`, a number payplan cannot carry exactly: it has 41 significant digits, and payplan carries at most 40`,
        file: 'data.json',
        line: null,
        field: 'revenue',
      },
    ]);
    writeFileSync(join(dir, 'data.csv'), `payee,period,revenue,note\nFine,FY,100,${note}\nLong,FY,${long},x\n`);
    const csv = await cli(['run', 'fee.payplan', 'data.csv'], dir);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toContain(
      `data.csv:3: error PP6014: payee "Long", FY: \`revenue\` is \`${long}\`, a number payplan cannot carry exactly: it has 41 significant digits, and payplan carries at most 40\n`,
    );
  });
});
