/**
 * The TextMate grammar knows every keyword of the parser's token vocabulary (src/syntax/tokens.ts):
 * each one, written alone, is coloured as a keyword, and as part of a longer name it is a name, as
 * with the lexer's `longer_alt`. A keyword added to the language without the grammar fails here.
 */
import { describe, expect, it } from 'vitest';
import { allTokens, Keyword } from '../../src/syntax/tokens.js';
import { tokenize } from './tokenize.js';

const keywords = allTokens
  .filter((t) => (t.CATEGORIES ?? []).includes(Keyword))
  .map((t) => (t.PATTERN instanceof RegExp ? t.PATTERN.source : String(t.PATTERN)));

/** Scopes a keyword may take: a keyword proper, a declaration, a boolean. */
const KEYWORD_SCOPE = /^(keyword\.|storage\.type\.|constant\.language\.boolean\.)/;

describe('the grammar knows every keyword of src/syntax/tokens.ts', () => {
  it('finds the token vocabulary', () => {
    expect(keywords.length).toBeGreaterThan(60);
    expect(keywords).toContain('non-negative');
  });

  it.each(keywords)('`%s` is a keyword', async (word) => {
    const tokens = await tokenize(word);
    expect(tokens.map((t) => t.text)).toEqual([word]);
    expect(tokens[0]!.scopes.at(-1)).toMatch(KEYWORD_SCOPE);
  });

  it.each(keywords)('`%s` inside a longer name is a name', async (word) => {
    const name = `${word.replace(/-/g, '_')}s_x`;
    const tokens = await tokenize(`x = ${name}`);
    const last = tokens.at(-1)!;
    expect(last.text).toBe(name);
    expect(last.scopes.at(-1)).toBe('variable.other.payplan');
  });
});
