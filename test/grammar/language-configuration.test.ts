/** The language configuration: comments, brackets, and indentation rules that VS Code applies. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const config = JSON.parse(readFileSync(join(root, 'grammar', 'language-configuration.json'), 'utf8'));

describe('language-configuration.json', () => {
  it('has `//` line comments and the three bracket pairs, auto-closed', () => {
    expect(config.comments).toEqual({ lineComment: '//' });
    expect(config.brackets).toEqual([['{', '}'], ['[', ']'], ['(', ')']]);
    expect(config.autoClosingPairs.map((p: { open: string }) => p.open)).toEqual(['{', '[', '(', '"']);
  });

  it('indents after an opening bracket, not after one inside a comment', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    expect(increase.test('component Retention weight 75% {')).toBe(true);
    expect(increase.test('  payout curve { // the curve')).toBe(true);
    expect(increase.test('  given { quota: $500,000 }')).toBe(false);
    expect(increase.test('// {')).toBe(false);
  });

  it('outdents a closing bracket', () => {
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    expect(decrease.test('  }')).toBe(true);
    expect(decrease.test('  ]')).toBe(true);
    expect(decrease.test('  cap 150% of target')).toBe(false);
  });

  it('folds `// region` markers', () => {
    expect(new RegExp(config.folding.markers.start).test('  // region inputs')).toBe(true);
    expect(new RegExp(config.folding.markers.end).test('// endregion')).toBe(true);
  });

  it('selects a whole name or amount as a word', () => {
    const word = new RegExp(config.wordPattern, 'g');
    expect('prime_année 12.5% 1,000'.match(word)).toEqual(['prime_année', '12.5%', '1,000']);
  });
});
