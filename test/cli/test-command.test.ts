import { describe, expect, it } from 'vitest';
import { cli, fixtures } from './helpers.js';

describe('payplan test', () => {
  it('prints ✓/✗ per test with the failed expectations and ends with the counts; exit 1', async () => {
    const r = await cli(['test', `${fixtures}/tests.payplan`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`test/cli/fixtures/tests.payplan
  ✓ 2% of $80,000
  ✗ a wrong expectation
    test/cli/fixtures/tests.payplan:18:3 error PP5001: expected Fee to be $250.00 but the plan pays $200.00
        expect Fee = $250
        ~~~~~~~~~~~~~~~~~

1 passed, 1 failed
`);
  });

  it('exits 0 when every test passes', async () => {
    const r = await cli(['test', 'examples']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').at(-2)).toBe('56 passed, 0 failed');
    expect(r.stdout).not.toContain('✗');
  });

  it('a file with check errors prints them and counts its tests as failed', async () => {
    const r = await cli(['test', `${fixtures}/test-with-errors.payplan`, `${fixtures}/tests.payplan`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`test/cli/fixtures/test-with-errors.payplan
  test/cli/fixtures/test-with-errors.payplan:5:12 error PP3001: cannot add a Percent to Money (USD)
        payout revenue + 5%
               ~~~~~~~~~~~~
    help: to raise it by 5%, write \`revenue * (1 + 5%)\`

  ✗ never runs (not run: the file has errors)
  ✗ nor does this one (not run: the file has errors)
`);
    expect(r.stdout).toMatch(/\n1 passed, 3 failed\n$/);
  });

  it('--format json', async () => {
    const r = await cli(['test', `${fixtures}/tests.payplan`, `${fixtures}/test-with-errors.payplan`, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.passed).toBe(1);
    expect(json.failed).toBe(3);
    expect(json.files[0]).toEqual({
      file: 'test/cli/fixtures/tests.payplan',
      errors: [],
      tests: [
        { name: '2% of $80,000', passed: true, failures: [] },
        {
          name: 'a wrong expectation',
          passed: false,
          failures: [
            {
              code: 'PP5001',
              severity: 'error',
              message: 'expected Fee to be $250.00 but the plan pays $200.00',
              help: null,
              range: { start: { line: 18, column: 3 }, end: { line: 18, column: 20 } },
              related: [],
              fixes: [
                {
                  title: 'Expect $200, what the plan pays',
                  edits: [{ range: { start: { line: 18, column: 16 }, end: { line: 18, column: 20 } }, newText: '$200' }],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(json.files[1].errors.map((d: { code: string }) => d.code)).toEqual(['PP3001']);
    expect(json.files[1].tests).toEqual([
      { name: 'never runs', passed: false, failures: [] },
      { name: 'nor does this one', passed: false, failures: [] },
    ]);
  });

  it('reports a test that cannot run (PP5002)', async () => {
    const r = await cli(['test', `${fixtures}/zero-quota-test.payplan`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`  ✗ zero quota
    test/cli/fixtures/zero-quota-test.payplan:13:6 error PP5002: the test could not be run: FY: \`bookings / quota\` divides by zero
      test "zero quota" {
           ~~~~~~~~~~~~
`);
    expect(r.stdout).toMatch(/\n0 passed, 1 failed\n$/);
  });
});
