/**
 * Property: a comment may be written wherever a space may, in any golden input or example, and the
 * laws still hold: formatting is stable, the plan is unchanged and every comment is kept, in order.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectFormatterLaws, lawPlans, repoPath } from './laws.js';

/** Offsets of the spaces and line breaks of `text` that are outside text literals and comments. */
function gaps(text: string): number[] {
  const found: number[] = [];
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '"') {
      for (at++; at < text.length && text[at] !== '"'; at++) if (text[at] === '\\') at++;
    } else if (text.startsWith('//', at)) {
      at = text.indexOf('\n', at);
      if (at === -1) break;
      found.push(at);
    } else if (text[at] === ' ' || text[at] === '\n') {
      found.push(at);
    }
  }
  return found;
}

/** Inserts comments at gaps: on a line of their own, or ending the line they are put on. */
function withComments(text: string, insertions: readonly (readonly [number, boolean])[]): string {
  return insertions.reduce((current, [pick, ownLine], index) => {
    const spots = gaps(current);
    const at = spots[pick % spots.length] ?? current.length;
    const comment = ownLine ? `\n// note ${index}\n` : ` // note ${index}\n`;
    return current.slice(0, at) + comment + current.slice(at);
  }, text);
}

describe('comments anywhere', () => {
  const plans = lawPlans().map((path) => ({ path, text: readFileSync(repoPath(path), 'utf8') }));

  it('keep the laws wherever they are written', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...plans),
        fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 6 }),
        async ({ path, text }, insertions) => {
          await expectFormatterLaws(withComments(text, insertions), path);
        },
      ),
      { numRuns: 200 },
    );
  });
});
