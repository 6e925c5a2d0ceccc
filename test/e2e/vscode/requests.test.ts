/**
 * The server side of the VS Code extension's commands, without VS Code (part of the default suite):
 * the protocol-free functions of src/ide/commands.ts, and the custom requests the extension sends
 * (`payplan/payoutCurves`, `payplan/runTests`, `payplan/explainPayee`) over stdio to the language
 * server run from source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainPayee, payoutCurves, testReport, type PlanCurves } from '../../../src/ide/commands.js';
import { readDataFile } from '../../../lsp/handlers/editor-commands.js';
import { Program } from '../../../src/index.js';
import { LspClient, root } from '../../lsp/client.js';

const example = (name: string) => join(root, 'examples', name);
const program = (name: string, edit: (text: string) => string = (t) => t) => new Program(example(name), edit(readFileSync(example(name), 'utf8')));
const at = (points: readonly { attainment: number; payout: number }[], a: number) => points.find((p) => p.attainment === a)?.payout;

describe('payoutCurves', () => {
  it('plots each curve component in money per period, capped, and their total', () => {
    const [plan] = payoutCurves(program('csm-fy2026.payplan'));
    expect(plan!.plan).toBe('CSM FY2026');
    expect(plan!.components.map((c) => [c.name, c.unit, c.atTarget])).toEqual([
      ['Retention', 'money', '$18,750 per year'],
      ['Expansion', 'money', '$6,250 per year'],
    ]);
    const retention = plan!.components[0]!.points;
    expect(at(retention, 0.8)).toBe(0); // below 85%
    expect(at(retention, 0.85)).toBe(9375); // 50% of $18,750: the jump at the threshold
    expect(at(retention, 0.8499)).toBe(0); // just below it
    expect(at(retention, 0.95)).toBe(15625);
    expect(at(retention, 1.25)).toBe(28125); // 150% of target: the cap binds from here
    expect(at(retention, 2)).toBe(28125);
    expect(at(plan!.total!, 1)).toBe(25000);
    expect(plan!.notDrawn).toEqual([]);
  });

  it('plots a marginal commission as a share of its measure, and names what it cannot draw', () => {
    const [plan] = payoutCurves(program('ae-fy2026-marginal.payplan'));
    expect(plan!.components.map((c) => [c.name, c.unit, c.measure, c.atTarget])).toEqual([['NewBusiness', 'measure', 'quota', '8% of quota']]);
    const points = plan!.components[0]!.points;
    expect([0.5, 1, 1.2, 2].map((a) => at(points, a))).toEqual([0.04, 0.08, 0.104, 0.2]); // 8% up to quota, 12% above
    expect(plan!.total).toBeNull();
    expect(plan!.notDrawn).toEqual([{ name: "President's Club kicker", reason: 'a bonus pays a fixed amount when its condition holds' }]);
  });

  it('plots a retroactive commission at the rate of the band reached', () => {
    const [plan] = payoutCurves(program('ae-fy2026-retroactive.payplan'));
    expect([0.5, 1.2].map((a) => at(plan!.components[0]!.points, a))).toEqual([0.04, 0.144]);
  });

  it('says why a component is not drawn', () => {
    const [plan] = payoutCurves(program('okr-mbo.payplan'));
    expect(plan!.components).toEqual([]);
    expect(new Set(plan!.notDrawn.map((n) => n.reason))).toEqual(new Set(['its `payout` expression pays on payee data, not on attainment']));
  });

  it('draws nothing for a curve without a weight: it has no target to pay a share of (PP4032)', () => {
    const text = [
      'plan "Share" {',
      '  currency USD',
      '  input a: Percent',
      '  component C {',
      '    attainment a',
      '    payout curve {',
      '      below 50%           -> 0%',
      '      from 50% up to 150% -> linear 50% to 150%',
      '      above 150%          -> 150%',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const share = new Program('share.payplan', text);
    expect(share.diagnostics.map((d) => d.code)).toEqual(['PP4032']);
    expect(payoutCurves(share)).toEqual([]);
  });

  it('answers nothing for a file with errors', () => {
    expect(payoutCurves(program('csm-fy2026.payplan', (t) => t.replace('/ start_arr', '/ start_ar')))).toEqual([]);
  });
});

describe('testReport', () => {
  it('runs every test with each expectation and its place', () => {
    const p = program('csm-fy2026.payplan', (t) => t.replace('expect Retention = $15,625 //', 'expect Retention = $15,000 //'));
    const report = testReport(p);
    expect([report.error, report.passed, report.failed, report.tests.length]).toEqual([null, 6, 1, 7]);
    const failed = report.tests.find((t) => !t.passed)!;
    const bad = failed.expectations.find((e) => !e.passed)!;
    expect([failed.name, bad.label, bad.expected, bad.actual]).toEqual(['retention at 95% (brief)', 'Retention', '$15,000.00', '$15,625.00']);
    expect(p.file.text.slice(bad.span.start, bad.span.end)).toBe('expect Retention = $15,000');
  });

  it('does not run the tests of a file with errors', () => {
    expect(testReport(program('csm-fy2026.payplan', (t) => t.replace('/ start_arr', '/ start_ar'))).error).toBe('fix the errors in this file to run its tests');
  });
});

describe('explainPayee', () => {
  const data = readDataFile(join(root, 'examples', 'data', 'csm-fy2026.json'));

  it('lists the payees of the data file', () => {
    expect(explainPayee(program('csm-fy2026.payplan'), data)).toEqual({ payees: ['Alex Kim', 'Maria Lopez', 'Sam Okafor', 'Jordan Blake'], statement: null, error: null });
  });

  it("explains one payee's statement", () => {
    const answer = explainPayee(program('csm-fy2026.payplan'), data, 'Alex Kim');
    expect(answer.error).toBeNull();
    expect(answer.statement).toContain('attainment: 95% (retained_arr / retention_target)');
    expect(answer.statement).toMatch(/Total\s+\$21,875\.00/);
  });

  it('says what is wrong', () => {
    expect(explainPayee(program('csm-fy2026.payplan'), data, 'Nobody').error).toBe('no payee named "Nobody" in the data file');
    expect(explainPayee(program('csm-fy2026.payplan'), readDataFile(join(root, 'examples', 'data', 'missing.json'))).error).toMatch(/^cannot read the data file/);
  });
});

describe('the custom requests over LSP', () => {
  let client: LspClient;
  const uri = pathToFileURL(example('csm-fy2026.payplan')).href;

  beforeAll(async () => {
    client = await LspClient.start();
    await client.open(uri, readFileSync(example('csm-fy2026.payplan'), 'utf8'));
  });
  afterAll(async () => {
    await client.stop();
  });

  it('payplan/payoutCurves', async () => {
    const plans = await client.request<PlanCurves[]>('payplan/payoutCurves', { uri });
    expect(plans.map((p) => p.components.map((c) => c.name))).toEqual([['Retention', 'Expansion']]);
  });

  it('payplan/runTests, with ranges', async () => {
    const answer = await client.request<{ passed: number; failed: number; tests: { name: string; range: { start: { line: number } } }[] }>('payplan/runTests', { uri });
    expect([answer.passed, answer.failed]).toEqual([7, 0]);
    expect(answer.tests[0]).toMatchObject({ name: 'retention at 95% (brief)', range: { start: { line: 50 } } });
  });

  it('payplan/explainPayee', async () => {
    const answer = await client.request<{ statement: string }>('payplan/explainPayee', { uri, dataFile: join(root, 'examples', 'data', 'csm-fy2026.json'), payee: 'Maria Lopez' });
    expect(answer.statement).toContain('Payee:    Maria Lopez');
  });

  it('answers null for an unknown document', async () => {
    expect(await client.request('payplan/payoutCurves', { uri: 'file:///nowhere.payplan' })).toBeNull();
  });
});
