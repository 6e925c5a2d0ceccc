import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../src/diagnostics/diagnostic.js';
import { formatPlan } from '../../src/format/format.js';
import { formatDocument, formatRange, minimalEdit } from '../../src/ide/formatting.js';
import { WorkspaceIndex } from '../../src/ide/workspace.js';
import { AE_PLAN, URI } from './helpers.js';

function apply(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

const program = (text: string) => WorkspaceIndex.of(URI, text).get(URI)!;

/** The range from the start of `from` to the end of `to` in `text`. */
function range(text: string, from: string, to: string) {
  const start = text.indexOf(from);
  return { start, end: text.indexOf(to, start) + to.length };
}

describe('formatting', () => {
  it('the whole document: one minimal edit that gives the formatter’s output', async () => {
    const edits = await formatDocument(program(AE_PLAN));
    expect(apply(AE_PLAN, edits)).toBe(await formatPlan(AE_PLAN));
    const formatted = await formatPlan(AE_PLAN);
    expect(await formatDocument(program(formatted))).toEqual([]);
  });

  it('a file with a syntax error is left alone', async () => {
    expect(await formatDocument(program(AE_PLAN.replace('input quota: Money', 'input quota Money')))).toEqual([]);
  });

  it('a range over whole items of a plan formats only those items', async () => {
    const component = range(AE_PLAN, '  component Bookings', '    cap 200% of target\n  }');
    const edits = await formatRange(program(AE_PLAN), component);
    const aligned = AE_PLAN.replace('below 50%            -> 0%', 'below 50%           -> 0%')
      .replace('from 50% below 100%  -> linear', 'from 50% below 100% -> linear')
      .replace('from 100%            -> slope 2', 'from 100%           -> slope 2');
    expect(apply(AE_PLAN, edits)).toBe(aligned);
    // The record, outside the range, keeps its one-line layout.
    expect(apply(AE_PLAN, edits)).toContain('record Deal { amount: Money, kind: new | renewal | expansion, credit: Percent = 100% }');
  });

  it('a range over a whole test block formats it', async () => {
    const messy = AE_PLAN.replace('  expect total = $12,500', 'expect    total = $12,500');
    const edits = await formatRange(program(messy), range(messy, 'test "AE at quota"', '$12,500\n}'));
    expect(apply(messy, edits)).toBe(AE_PLAN);
  });

  it('a range that cuts an item gives no edits', async () => {
    const half = range(AE_PLAN, '  component Bookings', '      below 50%');
    expect(await formatRange(program(AE_PLAN), half)).toEqual([]);
    expect(await formatRange(program(AE_PLAN), range(AE_PLAN, 'quota: Money', 'positive'))).toEqual([]);
  });

  it('minimal edits keep the common start and end', () => {
    expect(minimalEdit('abcXdef', 'abcYYdef')).toEqual([{ span: { start: 3, end: 4 }, newText: 'YY' }]);
    expect(minimalEdit('same', 'same')).toEqual([]);
  });
});
