import { describe, expect, it } from 'vitest';
import { codeLenses } from '../../src/ide/code-lens.js';
import { diagnose } from '../../src/ide/diagnostics.js';
import { inlayHints } from '../../src/ide/inlay-hints.js';
import { WorkspaceIndex } from '../../src/ide/workspace.js';
import { AE_PLAN, textAt, URI } from './helpers.js';

/** Each hint as `text before it ⟨label⟩`. */
function hints(text: string): string[] {
  const index = WorkspaceIndex.of(URI, text);
  return inlayHints(index, URI).map((h) => `${text.slice(text.lastIndexOf('\n', h.offset - 1) + 1, h.offset).trim()} ⟨${h.label}⟩`);
}

describe('inlay hints', () => {
  it('the target incentive beside each weight, and each band’s payout per year', () => {
    expect(hints(AE_PLAN)).toEqual([
      'component Bookings weight 75% ⟨= $37,500 per year⟩',
      'below 50%            -> 0% ⟨= $0⟩',
      'from 50% below 100%  -> linear 50% to 100% ⟨= $18,750 → $37,500⟩',
      'from 100%            -> slope 2 ⟨= +$750 per point⟩',
      'component NewLogos weight 25% ⟨= $12,500 per year⟩',
      'from 0% -> 100% ⟨= $12,500⟩',
    ]);
  });

  it('tooltips say where the numbers come from', () => {
    const index = WorkspaceIndex.of(URI, AE_PLAN);
    const [weight, band] = inlayHints(index, URI);
    expect(weight!.tooltip).toBe('target incentive = variable $50,000 × 75% = $37,500 per year ($9,375 per quarter)');
    expect(band!.tooltip).toBe('per year, of the $37,500 target incentive of `Bookings`');
  });

  it('a marginal commission with fixed bounds: what each whole band pays', () => {
    const text = 'plan "P" {\n  currency USD\n  input bookings: Money\n  component C {\n    commission on bookings marginal {\n      up to $100,000 -> 8%\n      above $100,000 up to $250,000 -> 10%\n      above $250,000 -> 12%\n    }\n  }\n}\n';
    expect(hints(text)).toEqual(['up to $100,000 -> 8% ⟨= $8,000 for the whole band⟩', 'above $100,000 up to $250,000 -> 10% ⟨= $15,000 for the whole band⟩']);
  });

  it('only the hints inside the requested range', () => {
    const index = WorkspaceIndex.of(URI, AE_PLAN);
    const start = AE_PLAN.indexOf('component NewLogos');
    expect(inlayHints(index, URI, { start, end: AE_PLAN.length }).map((h) => h.label)).toEqual(['= $12,500 per year', '= $12,500']);
  });
});

describe('code lens', () => {
  it('each test: run it, and its last result; each weighted component: what it pays at 100%', () => {
    const index = WorkspaceIndex.of(URI, AE_PLAN);
    const tests = diagnose(index.get(URI)!).tests!;
    expect(codeLenses(index, URI, tests).map((l) => [textAt(AE_PLAN, l.span), l.title, l.command])).toEqual([
      ['Bookings', 'pays $37,500 at 100%', null],
      ['NewLogos', 'pays $12,500 at 100%', null],
      ['"AE at quota"', '▶ run test', { name: 'payplan.runTest', args: [URI, 'AE at quota'] }],
      ['"AE at quota"', '✓ passed', { name: 'payplan.runTest', args: [URI, 'AE at quota'] }],
    ]);
  });

  it('a failed test says how many expectations failed; a test never run has no result yet', () => {
    const failing = AE_PLAN.replace('expect Bookings = $9,375', 'expect Bookings = $1').replace('expect total = $12,500', 'expect total = $2');
    const index = WorkspaceIndex.of(URI, failing);
    const tests = diagnose(index.get(URI)!).tests!;
    expect(codeLenses(index, URI, tests).filter((l) => l.span.start > failing.indexOf('test')).map((l) => l.title)).toEqual(['▶ run test', '✗ 2 failed']);
    expect(codeLenses(index, URI).filter((l) => l.span.start > failing.indexOf('test')).map((l) => l.title)).toEqual(['▶ run test']);
  });

  it('a weighted component whose payout needs data shows its target incentive', () => {
    const text = 'plan "P" {\n  currency USD\n  ote $100,000\n  mix 80% base / 20% variable\n  input score: Percent\n  component MBO weight 100% {\n    payout target * score\n  }\n}\n';
    const index = WorkspaceIndex.of(URI, text);
    expect(codeLenses(index, URI).map((l) => l.title)).toEqual(['target incentive $20,000 per year']);
  });
});
