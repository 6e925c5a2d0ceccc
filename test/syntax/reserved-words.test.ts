/**
 * docs/language.md lists the reserved words; the lexer decides them. This keeps the two equal, so a
 * new keyword cannot ship without its line in the docs (and a removed one leaves no stale entry).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTokens, Keyword, Name } from '../../src/syntax/tokens.js';

const doc = readFileSync(join(import.meta.dirname, '../../docs/language.md'), 'utf8');

/** The words in the fenced block that follows `<!-- marker -->`. */
function documented(marker: string): string[] {
  const block = new RegExp(`<!-- ${marker} -->\\n\`\`\`text\\n([^\`]*)\`\`\``).exec(doc);
  if (!block) throw new Error(`docs/language.md has no <!-- ${marker} --> block`);
  return block[1]!.split(/\s+/).filter(Boolean).sort();
}

const keywords = allTokens.filter((t) => (t.CATEGORIES ?? []).includes(Keyword));
const word = (t: (typeof keywords)[number]) => String(t.LABEL).replace(/`/g, '');
const soft = keywords.filter((t) => (t.CATEGORIES ?? []).includes(Name));

describe('reserved words', () => {
  it('docs/language.md lists every keyword of the lexer that is never a name', () => {
    expect(documented('reserved-words')).toEqual(keywords.filter((t) => !soft.includes(t)).map(word).sort());
  });

  it('docs/language.md lists the soft keywords, names in expressions only', () => {
    expect(documented('soft-keywords')).toEqual(soft.map(word).sort());
  });
});
