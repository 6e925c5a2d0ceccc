/**
 * Offsets are UTF-16 string indexes everywhere: names with accents (one code unit each in NFC),
 * letters beyond the Basic Multilingual Plane (two code units) and emoji in comments and text must
 * not shift any span.
 */
import { describe, expect, it } from 'vitest';
import { complete } from '../../src/ide/completion.js';
import { definition } from '../../src/ide/definition.js';
import { hover } from '../../src/ide/hover.js';
import { prefixAt, wordAt } from '../../src/ide/node-at-offset.js';
import { references } from '../../src/ide/references.js';
import { rename } from '../../src/ide/rename.js';
import { semanticTokens } from '../../src/ide/semantic-tokens.js';
import { WorkspaceIndex } from '../../src/ide/workspace.js';
import { mark, open, textAt, URI } from './helpers.js';

const PLAN = `// 🎉 Prime d'été: un plan 💶 trimestriel.
plan "Prime 🎉 été" {
  currency EUR
  period quarter
  ote €80,000
  mix 75% base / 25% variable

  // Le quota du trimestre 🎯 (fixé par la direction)
  input quota_été: Money must be positive
  input réalisé_x𝑥: Money must be non-negative

  let atteinte = réalisé_x𝑥 / quota_été // 🎯 réalisé ÷ quota

  component Ventes weight 100% {
    attainment atteinte
    payout curve { below 50% -> 0%  from 50% -> 100% }
  }

  bonus "Prime 🎉" €500 when atteinte >= 120%
}
`;

describe('UTF-16 offsets', () => {
  it('the word at a cursor, with accents and a letter that takes two code units', () => {
    const text = 'let a = réalisé_x𝑥 + 1';
    const start = text.indexOf('réalisé');
    for (const offset of [start, start + 3, text.indexOf('𝑥'), text.indexOf('𝑥') + 2]) {
      expect(wordAt(text, offset)).toEqual({ word: 'réalisé_x𝑥', span: { start, end: start + 'réalisé_x𝑥'.length } });
    }
    expect('réalisé_x𝑥'.length).toBe(11);
    expect(prefixAt(text, text.indexOf('𝑥') + 2)).toEqual({ prefix: 'réalisé_x𝑥', start });
  });

  it('hover and definition on names after emoji and accents', () => {
    const { index, text, offset } = open(mark(PLAN, 'atteinte = réalisé_x𝑥 / quota_é|té'));
    expect(textAt(text, hover(index, URI, offset)!.span)).toBe('quota_été');
    expect(hover(index, URI, offset)!.contents).toBe('```payplan\ninput quota_été: Money (EUR)\n```\n\ngiven each quarter; must be positive\n\nLe quota du trimestre 🎯 (fixé par la direction)');
    expect(definition(index, URI, offset).map((l) => textAt(text, l.span))).toEqual(['quota_été']);
    expect(definition(index, URI, offset)[0]!.span.start).toBe(text.indexOf('input quota_été') + 'input '.length);
  });

  it('references and rename of a name with a two-code-unit letter', () => {
    const { index, text, offset } = open(mark(PLAN, 'input réalisé_x|𝑥'));
    expect(references(index, URI, offset, true).map((l) => textAt(text, l.span))).toEqual(['réalisé_x𝑥', 'réalisé_x𝑥']);
    const result = rename(index, URI, offset, 'montant_é');
    expect('changes' in result && result.changes[0]!.edits.map((e) => textAt(text, e.span))).toEqual(['réalisé_x𝑥', 'réalisé_x𝑥']);
  });

  it('a quoted name with an emoji: its span is the text inside the quotes', () => {
    const { index, text, offset } = open(mark(PLAN, 'bonus "Prime 🎉|"'));
    expect(textAt(text, hover(index, URI, offset)!.span)).toBe('Prime 🎉');
  });

  it('semantic tokens cover exactly their words', () => {
    const index = WorkspaceIndex.of(URI, PLAN);
    const words = semanticTokens(index, URI).map((t) => textAt(PLAN, t.span));
    expect(words).toContain('// 🎯 réalisé ÷ quota');
    expect(words).toContain('réalisé_x𝑥');
    expect(words).toContain('€500');
  });

  it('completion replaces exactly the typed part of a name', () => {
    const { index, text, offset } = open(PLAN.replace('when atteinte', 'when réal<|>'));
    const result = complete(index, URI, offset);
    expect(textAt(text, result.span)).toBe('réal');
    expect(result.items.map((i) => i.label)).toContain('réalisé_x𝑥');
  });
});
