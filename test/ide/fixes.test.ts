import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/ide/diagnostics.js';
import { codeActions } from '../../src/ide/fixes.js';
import { WorkspaceIndex } from '../../src/ide/workspace.js';
import { AE_PLAN, open, URI } from './helpers.js';

/** The quick fixes offered at the cursor: each title, its diagnostic's code, and the text after applying it. */
function fixesAt(marked: string): { title: string; code: string; preferred: boolean; result: string }[] {
  const { index, offset, text } = open(marked);
  const program = index.get(URI)!;
  return codeActions(program, { start: offset, end: offset }, diagnose(program).diagnostics).map((a) => {
    let result = text;
    for (const e of [...a.edits].sort((x, y) => y.span.start - x.span.start)) result = result.slice(0, e.span.start) + e.newText + result.slice(e.span.end);
    return { title: a.title, code: a.diagnostic.code, preferred: a.preferred, result };
  });
}

const plan = (body: string) => `plan "P" {\n  currency USD\n  ote $100,000\n  mix 50% base / 50% variable\n  input sales: Money\n  input goal: Money must be positive\n${body}}\n`;

describe('quick fixes', () => {
  it('did you mean: a misspelt name', () => {
    const text = AE_PLAN.replace('let att = bookings / quota', 'let att = bookings / <|>quotta');
    expect(fixesAt(text)).toEqual([{ title: 'Change to `quota`', code: 'PP2001', preferred: true, result: AE_PLAN }]);
  });

  it('clamp bounds the wrong way round: swap them', () => {
    const body = '  component C { payout clamp(sales, <|>$100, $0) }\n';
    expect(fixesAt(plan(body))).toEqual([
      { title: 'Swap the bounds', code: 'PP4031', preferred: true, result: plan(body.replace('<|>$100, $0', '$0, $100')) },
    ]);
  });

  it('a marginal table that would pay a negative amount: start it from $0', () => {
    const body = '  component C {\n    commission on sales marginal {\n      <|>up to $100 -> 5%\n      above $100 -> 8%\n    }\n  }\n';
    expect(fixesAt(plan(body))).toEqual([
      { title: 'Start the first band from $0', code: 'PP4034', preferred: true, result: plan(body.replace('<|>up to', 'from $0 up to')) },
    ]);
  });

  it('weights that do not add up to 100%', () => {
    const text = AE_PLAN.replace('component NewLogos weight 25%', 'component NewLogos weight <|>20%');
    expect(fixesAt(text)).toEqual([{ title: 'Make the weight of `NewLogos` 25%', code: 'PP4002', preferred: true, result: AE_PLAN }]);
  });

  it('a boundary both bands claim: give it to one', () => {
    const body = '  component C weight 100% {\n    attainment sales / goal\n    payout curve {\n      up to 100% -> 50%\n      <|>from 100% -> 100%\n    }\n  }\n';
    expect(fixesAt(plan(body))).toEqual([
      { title: 'Start this band above 100%', code: 'PP4004', preferred: true, result: plan(body.replace('<|>from 100%', 'above 100%')) },
    ]);
  });

  it('a boundary no band owns, and a gap between bands', () => {
    const owner = '  component C weight 100% {\n    attainment sales / goal\n    payout curve {\n      below 100% -> 50%\n      <|>above 100% -> 100%\n    }\n  }\n';
    expect(fixesAt(plan(owner))).toEqual([{ title: 'Start this band from 100%', code: 'PP4003', preferred: true, result: plan(owner.replace('<|>above 100%', 'from 100%')) }]);
    const gap = '  component C weight 100% {\n    attainment sales / goal\n    payout curve {\n      below 80% -> 50%\n      <|>from 90% -> 100%\n    }\n  }\n';
    expect(fixesAt(plan(gap))).toEqual([{ title: 'Start this band from 80%', code: 'PP4003', preferred: true, result: plan(gap.replace('<|>from 90%', 'from 80%')) }]);
  });

  it('a last band that stops: let it run on', () => {
    const body = '  component C weight 100% {\n    attainment sales / goal\n    payout curve {\n      below 100% -> 50%\n      from 100% <|>up to 150% -> 100%\n    }\n  }\n';
    expect(fixesAt(plan(body))).toEqual([{ title: 'Let the last band run on', code: 'PP4003', preferred: true, result: plan(body.replace(' <|>up to 150%', '')) }]);
  });

  it('a plan without a currency, and an `expect` line naming a component that is not there', () => {
    const noCurrency = 'plan "<|>P" {\n  input a: Money\n}\n';
    expect(fixesAt(noCurrency)).toEqual([{ title: 'Add `currency USD`', code: 'PP2016', preferred: true, result: 'plan "P" {\n  currency USD\n  input a: Money\n}\n' }]);
    const text = AE_PLAN.replace('expect NewLogos = $3,125', 'expect <|>NewLogo = $3,125');
    expect(fixesAt(text)).toEqual([{ title: 'Change to `NewLogos`', code: 'PP2009', preferred: true, result: AE_PLAN }]);
  });

  it('a failed expectation: expect what the plan pays', () => {
    const text = AE_PLAN.replace('expect Bookings = $9,375', '<|>expect Bookings = $9,000');
    expect(fixesAt(text)).toEqual([{ title: 'Expect $9,375, what the plan pays', code: 'PP5001', preferred: true, result: AE_PLAN }]);
  });

  it('no fix away from any diagnostic', () => {
    expect(fixesAt(AE_PLAN.replace('let att', 'let <|>att'))).toEqual([]);
  });
});

describe('what the editor shows for a file', () => {
  it('check diagnostics, and test outcomes when the file has no error', () => {
    const failing = AE_PLAN.replace('expect Bookings = $9,375', 'expect Bookings = $9,000');
    const result = diagnose(WorkspaceIndex.of(URI, failing).get(URI)!);
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['PP5001', 'expected Bookings to be $9,000.00 but the plan pays $9,375.00']]);
    expect(result.tests).toEqual([{ name: 'AE at quota', span: expect.anything(), passed: false, failed: 1, total: 3, error: null }]);
  });

  it('no test run when the file has errors', () => {
    const result = diagnose(WorkspaceIndex.of(URI, AE_PLAN.replace('/ quota', '/ quotta')).get(URI)!);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['PP2001']);
    expect(result.tests).toBeNull();
  });
});
