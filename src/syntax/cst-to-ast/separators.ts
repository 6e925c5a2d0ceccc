/**
 * Commas between the items of lists, records and enums. The grammar lets a comma be left out, so
 * that the usual slip (a record written over several lines without its commas) is one precise
 * error at the item that lacks it, instead of a parse error that loses the rest of the block.
 */
import type { CstNode, IToken } from 'chevrotain';
import { tokenSpan } from '../token-span.js';
import { describeFound } from '../token-words.js';
import { AstContext, real } from './context.js';

/** Reports every item, after the first, with no comma between it and the item before. */
export function checkCommas(ctx: AstContext, itemStarts: readonly (IToken | undefined)[], commas: readonly IToken[] | undefined): void {
  // Sorted, so that each item asks a binary search rather than every comma (quadratic on a record
  // of thousands of fields).
  const offsets = (commas ?? []).flatMap((comma) => real(comma)?.startOffset ?? []).sort((a, b) => a - b);
  itemStarts.forEach((start, i) => {
    const previous = itemStarts[i - 1];
    if (start === undefined || previous === undefined) return;
    const next = offsets[firstAbove(offsets, previous.startOffset)];
    if (next !== undefined && next < start.startOffset) return;
    ctx.report('PP1101', tokenSpan(start), { expected: '`,`', found: describeFound(start) });
  });
}

/** The index of the first offset above `x` in sorted offsets (their length when there is none). */
function firstAbove(offsets: readonly number[], x: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first real token of a CST node, in source order. */
export function firstToken(node: CstNode): IToken | undefined {
  let best: IToken | undefined;
  for (const children of Object.values(node.children)) {
    for (const child of children) {
      const token = 'tokenType' in child ? real(child) : firstToken(child);
      if (token !== undefined && (best === undefined || token.startOffset < best.startOffset)) best = token;
    }
  }
  return best;
}
