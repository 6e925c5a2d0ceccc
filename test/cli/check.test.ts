import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/diagnostics/catalog.js';
import { cli, fixtures, root } from './helpers.js';

const broken = `${fixtures}/broken.payplan`;

describe('payplan check', () => {
  it('prints rendered diagnostics and a summary, exit 1 on errors', async () => {
    const r = await cli(['check', broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`test/cli/fixtures/broken.payplan:10:16 error PP3001: cannot add a Percent to Money (USD)
    let padded = retained_arr + 5%
                 ~~~~~~~~~~~~~~~~~
  help: to raise it by 5%, write \`retained_arr * (1 + 5%)\`

test/cli/fixtures/broken.payplan:12:13 warning PP4012: component \`Retention\` is cumulative but measures nothing year to date
    component Retention weight 100% cumulative {
              ~~~~~~~~~
  help: use \`ytd(…)\` in its attainment or commission, or drop \`cumulative\`

test/cli/fixtures/broken.payplan:16:19 error PP4013: \`linear\` cannot be used in a band without both ends
        from 85% -> linear 50% to 100%
                    ~~~~~~~~~~~~~~~~~~
  help: give the band a start and an end, as in \`from 85% below 100%\`

1 file checked: 2 errors, 1 warning
`);
  });

  it('renders related notes', async () => {
    const r = await cli(['check', `${fixtures}/fixes.payplan`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  note (5:9): `revenue` is first defined here\n');
  });

  it('exits 0 on a clean file and searches directories recursively', async () => {
    expect(await cli(['check', 'examples/csm-fy2026.payplan'])).toEqual({ code: 0, stdout: '1 file checked: 0 errors, 0 warnings\n', stderr: '' });
    const r = await cli(['check', 'examples']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('10 files checked: 0 errors, 0 warnings\n');
  });

  it('takes paths relative to the working directory', async () => {
    const r = await cli(['check', 'broken.payplan'], `${root}/${fixtures}`);
    expect(r.stdout).toMatch(/^broken\.payplan:10:16 error PP3001/);
  });

  it('--format json: one entry per file with 1-based ranges, help, related and fixes', async () => {
    const r = await cli(['check', broken, `${fixtures}/fixes.payplan`, '--format', 'json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toHaveLength(2);
    expect(json[0].file).toBe('test/cli/fixtures/broken.payplan');
    expect(json[0].diagnostics.map((d: { code: string }) => d.code)).toEqual(['PP3001', 'PP4012', 'PP4013']);
    expect(json[0].diagnostics[0]).toEqual({
      code: 'PP3001',
      severity: 'error',
      message: 'cannot add a Percent to Money (USD)',
      help: 'to raise it by 5%, write `retained_arr * (1 + 5%)`',
      range: { start: { line: 10, column: 16 }, end: { line: 10, column: 33 } },
      related: [],
      fixes: [],
    });
    const [mix, duplicate] = json[1].diagnostics;
    expect(mix.fixes).toEqual([
      { title: 'Make the variable share 25%', edits: [{ range: { start: { line: 4, column: 18 }, end: { line: 4, column: 21 } }, newText: '25%' }] },
    ]);
    expect(duplicate.related).toEqual([{ range: { start: { line: 5, column: 9 }, end: { line: 5, column: 16 } }, message: '`revenue` is first defined here' }]);
  });

  it('--format json on a clean file is an empty diagnostics list, exit 0', async () => {
    const r = await cli(['check', '--format=json', 'examples/csm-fy2026.payplan']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ file: 'examples/csm-fy2026.payplan', diagnostics: [] }]);
  });

  it('--format sarif: SARIF 2.1.0 with the catalog as rules', async () => {
    const r = await cli(['check', broken, `${fixtures}/fixes.payplan`, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('payplan');
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    const rules = run.tool.driver.rules;
    expect(rules.map((rule: { id: string }) => rule.id)).toEqual(Object.keys(catalog));
    expect(rules.find((rule: { id: string }) => rule.id === 'PP4012')).toEqual({
      id: 'PP4012',
      name: 'cumulative-without-ytd',
      shortDescription: { text: 'component `…` is cumulative but measures nothing year to date' },
      fullDescription: {
        text: 'PP4012 cumulative-without-ytd (warning): component `…` is cumulative but measures nothing year to date. How to fix: use `ytd(…)` in its attainment or commission, or drop `cumulative`.',
      },
      help: {
        text: 'component `…` is cumulative but measures nothing year to date.\nHow to fix: use `ytd(…)` in its attainment or commission, or drop `cumulative`.\nSee https://payplan.dev/docs/diagnostics#pp4012-cumulative-without-ytd',
        markdown:
          '**warning**: component `…` is cumulative but measures nothing year to date\n\nHow to fix: use `ytd(…)` in its attainment or commission, or drop `cumulative`\n\nSee [PP4012 cumulative-without-ytd](https://payplan.dev/docs/diagnostics#pp4012-cumulative-without-ytd) for an example.',
      },
      helpUri: 'https://payplan.dev/docs/diagnostics#pp4012-cumulative-without-ytd',
      defaultConfiguration: { level: 'warning' },
    });
    expect(run.results.map((x: { ruleId: string; level: string }) => `${x.ruleId} ${x.level}`)).toEqual([
      'PP3001 error',
      'PP4012 warning',
      'PP4013 error',
      'PP4001 error',
      'PP2002 error',
    ]);
    const first = run.results[0];
    expect(rules[first.ruleIndex].id).toBe('PP3001');
    expect(first.message.text).toBe('cannot add a Percent to Money (USD)\nhelp: to raise it by 5%, write `retained_arr * (1 + 5%)`');
    expect(first.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'test/cli/fixtures/broken.payplan', uriBaseId: '%SRCROOT%' },
          region: { startLine: 10, startColumn: 16, endLine: 10, endColumn: 33 },
        },
      },
    ]);
    const duplicate = run.results[4];
    expect(duplicate.relatedLocations[0].message.text).toBe('`revenue` is first defined here');
    expect(duplicate.relatedLocations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 9, endLine: 5, endColumn: 16 });
    const mix = run.results[3];
    expect(mix.fixes[0].artifactChanges[0].replacements).toEqual([
      { deletedRegion: { startLine: 4, startColumn: 18, endLine: 4, endColumn: 21 }, insertedContent: { text: '25%' } },
    ]);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('exits 0 when there are only warnings', async () => {
    const r = await cli(['check', `${fixtures}/warning.payplan`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 file checked: 0 errors, 1 warning\n$/);
  });

  it('--report prints what each component pays at 50/100/150/200% and the most it can pay', async () => {
    const r = await cli(['check', 'examples/csm-fy2026.payplan', 'examples/ae-fy2026-marginal.payplan', '--report']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'CSM FY2026: what it pays per period (USD, 1 period a year)',
        '  component  target/year     at 50%     at 100%     at 150%     at 200%  max/period    max/year',
        '  Retention   $18,750.00      $0.00  $18,750.00  $28,125.00  $28,125.00  $28,125.00  $28,125.00',
        '  Expansion    $6,250.00  $1,562.50   $6,250.00  $10,937.50  $12,500.00  $12,500.00  $12,500.00',
        '  the components pay at most $40,625.00 a year',
        '',
        'AE FY2026 (marginal): what it pays per period (USD, 4 periods a year)',
        '  component    target/year  at 50%  at 100%  at 150%  at 200%  max/period  max/year',
        '  NewBusiness            —       —        —        —        —    uncapped  uncapped',
        '  the components pay at most an uncapped amount a year',
        '',
        '2 files checked: 0 errors, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('--report with --format json adds each plan\'s report', async () => {
    const r = await cli(['check', 'examples/csm-fy2026.payplan', '--report', '--format', 'json']);
    const [file] = JSON.parse(r.stdout);
    expect(file.reports[0].components[0]).toEqual({
      name: 'Retention',
      rule: 'curve',
      annualTarget: '18750.00',
      periodTarget: '18750.00',
      at: [
        { attainment: '50%', amount: '0.00' },
        { attainment: '100%', amount: '18750.00' },
        { attainment: '150%', amount: '28125.00' },
        { attainment: '200%', amount: '28125.00' },
      ],
      periodMax: '28125.00',
      yearMax: '28125.00',
    });
    expect(file.reports[0].yearMax).toBe('40625.00');
  });
});

describe('payplan check: warning limits', () => {
  const warning = `${fixtures}/warning.payplan`;

  it('--strict fails on any warning, with the same output and a line on stderr', async () => {
    const plain = await cli(['check', warning]);
    expect(plain.code).toBe(0);
    const strict = await cli(['check', warning, '--strict']);
    expect(strict).toEqual({ code: 1, stdout: plain.stdout, stderr: 'payplan check: 1 warning, and --strict allows none\n' });
  });

  it('--max-warnings N fails when there are more than N warnings', async () => {
    expect((await cli(['check', warning, '--max-warnings', '1'])).code).toBe(0);
    const over = await cli(['check', warning, '--max-warnings=0', '--format', 'json']);
    expect(over.code).toBe(1);
    expect(JSON.parse(over.stdout)[0].diagnostics).toHaveLength(1);
    expect(over.stderr).toBe('payplan check: 1 warning, more than the 0 allowed by --max-warnings\n');
    expect((await cli(['check', `${fixtures}/broken.payplan`, '--max-warnings', '100'])).code).toBe(1);
  });

  it('--max-warnings needs a whole number', async () => {
    for (const bad of ['-1', 'x', '1.5', '']) {
      const r = await cli(['check', warning, `--max-warnings=${bad}`]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain('option `--max-warnings` needs a whole number of warnings');
    }
  });
});
