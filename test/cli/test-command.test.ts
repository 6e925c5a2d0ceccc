import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fixtures, scratchDir } from './helpers.js';

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

describe('payplan test --filter', () => {
  it('runs only the tests whose name contains the pattern, or matches it as a regular expression', async () => {
    const text = await cli(['test', `${fixtures}/tests.payplan`, '--filter', '$80,000']);
    expect(text).toEqual({ code: 0, stdout: `test/cli/fixtures/tests.payplan\n  ✓ 2% of $80,000\n\n1 passed, 0 failed\n`, stderr: '' });
    const regex = await cli(['test', `${fixtures}/tests.payplan`, '--filter', '^a wrong']);
    expect(regex.code).toBe(1);
    expect(regex.stdout).toMatch(/^test\/cli\/fixtures\/tests\.payplan\n  ✗ a wrong expectation\n/);
    expect(regex.stdout).toMatch(/\n0 passed, 1 failed\n$/);
  });

  it('leaves out the files without a matching test; a pattern that matches nothing is a usage error', async () => {
    const r = await cli(['test', 'examples', `${fixtures}/tests.payplan`, '--filter', 'a wrong expectation']);
    expect(r.stdout.startsWith('test/cli/fixtures/tests.payplan\n')).toBe(true);
    expect(r.stdout).toMatch(/\n0 passed, 1 failed\n$/);
    const none = await cli(['test', 'examples', '--filter', 'no such test']);
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'payplan test: no test name matches `--filter no such test`\nRun `payplan test --help` for usage.\n' });
  });
});

describe('payplan test --format junit', () => {
  it('one testsuite per file, one testcase per test, failures with their messages', async () => {
    const r = await cli(['test', `${fixtures}/tests.payplan`, `${fixtures}/test-with-errors.payplan`, '--format', 'junit']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="payplan test" tests="4" failures="1" errors="2">
  <testsuite name="test/cli/fixtures/tests.payplan" tests="2" failures="1" errors="0" skipped="0">
    <testcase name="2% of $80,000" classname="test/cli/fixtures/tests.payplan" file="test/cli/fixtures/tests.payplan" line="10"/>
    <testcase name="a wrong expectation" classname="test/cli/fixtures/tests.payplan" file="test/cli/fixtures/tests.payplan" line="16">
      <failure message="expected Fee to be $250.00 but the plan pays $200.00" type="PP5001">test/cli/fixtures/tests.payplan:18:3 error PP5001: expected Fee to be $250.00 but the plan pays $200.00
    expect Fee = $250
    ~~~~~~~~~~~~~~~~~</failure>
    </testcase>
  </testsuite>
  <testsuite name="test/cli/fixtures/test-with-errors.payplan" tests="2" failures="0" errors="2" skipped="0">
    <testcase name="never runs" classname="test/cli/fixtures/test-with-errors.payplan" file="test/cli/fixtures/test-with-errors.payplan" line="9">
      <error message="not run: the file has errors: cannot add a Percent to Money (USD)" type="PP3001">test/cli/fixtures/test-with-errors.payplan:5:12 error PP3001: cannot add a Percent to Money (USD)
      payout revenue + 5%
             ~~~~~~~~~~~~
  help: to raise it by 5%, write \`revenue * (1 + 5%)\`</error>
    </testcase>
    <testcase name="nor does this one" classname="test/cli/fixtures/test-with-errors.payplan" file="test/cli/fixtures/test-with-errors.payplan" line="14">
      <error message="not run: the file has errors: cannot add a Percent to Money (USD)" type="PP3001">test/cli/fixtures/test-with-errors.payplan:5:12 error PP3001: cannot add a Percent to Money (USD)
      payout revenue + 5%
             ~~~~~~~~~~~~
  help: to raise it by 5%, write \`revenue * (1 + 5%)\`</error>
    </testcase>
  </testsuite>
</testsuites>
`);
  });

  it('escapes names and messages; a broken file without tests still fails; passing files exit 0', async () => {
    const broken = await cli(['test', `${fixtures}/broken.payplan`, '--format', 'junit']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('<testcase name="(the file has errors)" classname="test/cli/fixtures/broken.payplan" file="test/cli/fixtures/broken.payplan">');
    expect(broken.stdout).toContain('from 85% -&gt; linear 50% to 100%');
    const dir = scratchDir('junit');
    writeFileSync(
      join(dir, 'odd.payplan'),
      'plan "Fee" {\n  currency USD\n  period year\n  input revenue: Money\n  component Fee { commission on revenue at 2% }\n}\n\ntest "a < b & \\"c\\" \'d\'" {\n  given { revenue: $100 }\n  expect Fee = $2\n}\n',
    );
    const odd = await cli(['test', 'odd.payplan', '--format', 'junit'], dir);
    expect(odd.code).toBe(0);
    expect(odd.stdout).toContain('<testcase name="a &lt; b &amp; &quot;c&quot; &apos;d&apos;" classname="odd.payplan" file="odd.payplan" line="8"/>');
    expect(odd.stdout).toContain('<testsuites name="payplan test" tests="1" failures="0" errors="0">');
  });
});
