/**
 * `payplan test --update`: each failed `expect` with a fix (PP5001, PP5004) is rewritten in place to
 * what the plan pays or computes, the file is formatted, the changes are listed and the tests are
 * reported as they run on the updated file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDir } from './helpers.js';

const plan = `plan "Fee" {
  currency   USD
  period year
  input revenue: Money
  let share = 2%
  component Fee {
    commission on revenue at share
  }
}

test "right" {
  given { revenue: $80,000 }
  expect Fee = $1,600
}

test "wrong" {
  given { revenue: $10,000 }
  expect Fee   = $250
  expect share = 3%
  expect total = $200
}
`;

describe('payplan test --update', () => {
  it('rewrites the failed expectations, formats the file and reports the tests passing; exit 0', async () => {
    const dir = scratchDir('test-update');
    writeFileSync(join(dir, 'fee.payplan'), plan);
    const r = await cli(['test', 'fee.payplan', '--update'], dir);
    expect(r).toEqual({
      code: 0,
      stdout: `fee.payplan
  ✓ right
  ✓ wrong

updated fee.payplan
  18: expect Fee = $250 → expect Fee = $200
  19: expect share = 3% → expect share = 2%
updated 2 expectations in 1 file

2 passed, 0 failed
`,
      stderr: '',
    });
    // The amounts (PP5001) and the let (PP5004) expect what the plan computes, and the file is in
    // the formatter's layout (`currency   USD`, `Fee   =`).
    expect(readFileSync(join(dir, 'fee.payplan'), 'utf8')).toBe(
      plan.replace('currency   USD', 'currency USD').replace('expect Fee   = $250', 'expect Fee = $200').replace('expect share = 3%', 'expect share = 2%'),
    );
    // Run again: nothing left to update, the file is untouched.
    const again = await cli(['test', 'fee.payplan', '--update'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('\nno expectation updated\n\n2 passed, 0 failed\n');
  });

  it('a value no literal writes exactly is listed and left failing; exit 1', async () => {
    const dir = scratchDir('test-update');
    const ratio = `plan "R" {\n  currency USD\n  period year\n  input a: Money\n  let third = a / $3\n}\n\ntest "a third" {\n  given { a: $1 }\n  expect third = 0.33\n}\n`;
    writeFileSync(join(dir, 'r.payplan'), ratio);
    const r = await cli(['test', 'r.payplan', '--update'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('r.payplan\n  10: expect third = 0.33 not updated: no literal writes the value exactly\nno expectation updated\n\n0 passed, 1 failed\n');
    expect(readFileSync(join(dir, 'r.payplan'), 'utf8')).toBe(ratio);
  });

  it('with --format json the JSON on stdout is the updated run, the changes go to stderr', async () => {
    const dir = scratchDir('test-update');
    writeFileSync(join(dir, 'fee.payplan'), plan);
    const r = await cli(['test', 'fee.payplan', '--update', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ passed: 2, failed: 0 });
    expect(r.stderr).toBe('updated fee.payplan\n  18: expect Fee = $250 → expect Fee = $200\n  19: expect share = 3% → expect share = 2%\nupdated 2 expectations in 1 file\n');
  });

  it('leaves a file with errors alone', async () => {
    const dir = scratchDir('test-update');
    const broken = plan.replace('input revenue: Money', 'input revenue: Mony');
    writeFileSync(join(dir, 'fee.payplan'), broken);
    const r = await cli(['test', 'fee.payplan', '--update'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no expectation updated');
    expect(readFileSync(join(dir, 'fee.payplan'), 'utf8')).toBe(broken);
  });
});
