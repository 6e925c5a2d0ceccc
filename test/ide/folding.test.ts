import { describe, expect, it } from 'vitest';
import { foldingRanges } from '../../src/ide/folding.js';
import { WorkspaceIndex } from '../../src/ide/workspace.js';
import { AE_PLAN } from './helpers.js';

/** Each range as `kind first-line…last-line` with the first line's text (1-based lines). */
function folds(text: string): string[] {
  const lines = text.split('\n');
  const program = WorkspaceIndex.of('file:///f.payplan', text).get('file:///f.payplan')!;
  return foldingRanges(program).map((f) => `${f.kind} ${f.startLine + 1}…${f.endLine + 1} ${lines[f.startLine]!.trim()}`);
}

describe('folding', () => {
  it('blocks fold up to the line before their closing brace; comment runs fold whole', () => {
    expect(folds(AE_PLAN)).toEqual([
      'region 2…36 plan "AE" {',
      'comment 10…11 // What the AE must sell each quarter.',
      'region 19…26 component Bookings weight 75% {',
      'region 21…24 payout curve {',
      'region 29…33 component NewLogos weight 25% {',
      'region 31…32 payout curve {',
      'region 39…43 test "AE at quota" {',
    ]);
  });

  it('test data over several lines folds; one-line blocks and single comments do not', () => {
    const text = 'test "t" {\n  given {\n    quota: $1,\n    deals: [\n      { amount: $1 }\n    ]\n  }\n  expect total = $0\n}\n// one\n';
    expect(folds(text)).toEqual(['region 1…8 test "t" {', 'region 2…6 given {', 'region 4…5 deals: [']);
  });
});
