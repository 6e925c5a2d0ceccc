/**
 * Short cases for how parse errors are worded and placed; the fixtures in test/cases/syntax cover
 * whole files. Messages are for a RevOps analyst: no parser words, tokens named as written.
 */
import { describe, expect, it } from 'vitest';
import { expectSyntaxDiagnostics } from '../helpers/diagnostics.js';
import { parseText } from './parse-helpers.js';

function messages(text: string): string[] {
  return parseText(text).diagnostics.map((d) => (d.help === undefined ? d.message : `${d.message} | ${d.help}`));
}

describe('parse diagnostics', () => {
  it('names what was expected and what was found, in plain words', () => {
    expect(messages('plan "P" { mix 75% base 25% variable }')).toEqual([
      'expected `/` but found the percentage `25%`',
    ]);
    expect(messages('plan "P" { input x Money }')).toEqual(['expected `:` but found the name `Money`']);
    expect(messages('plan "P" { let x = }')).toEqual([
      'expected a value but found `}` | write a number, an amount such as `$1,000`, a percentage or a name',
    ]);
    expect(messages('plan "P" { period week }')).toEqual(['expected `month`, `quarter` or `year` but found the name `week`']);
  });

  it('reports a missing comma once, at the item that lacks it', () => {
    expectSyntaxDiagnostics('plan "P" { let x = [1 2, 3] }', [{ code: 'PP1101', text: '2' }]);
    expectSyntaxDiagnostics('plan "P" { let x = { a: 1 b: 2 } }', [{ code: 'PP1101', text: 'b' }]);
    expectSyntaxDiagnostics('plan "P" { enum E { a b } }', [{ code: 'PP1101', text: 'b' }]);
    expect(messages('plan "P" { enum E { a b } }')).toEqual(['expected `,` but found the name `b`']);
  });

  it('suggests another name for a keyword used as one', () => {
    expect(messages('plan "P" { let total = 5 }')).toEqual([
      'expected a name but found `total` | `total` is a reserved word of the language (docs/language.md lists them); choose another name, such as `total_amount`',
    ]);
  });

  it('blames the opener of every block left open at the end of the file', () => {
    expectSyntaxDiagnostics('plan "P" {\n  component C {\n    payout curve { below 1% -> 0%', [
      { code: 'PP1107', text: '{' },
      { code: 'PP1107', text: '{' },
      { code: 'PP1107', text: '{' },
    ]);
    expect(messages('plan "P" { let x = (1')).toEqual(['this `{` is never closed | add `}`', 'this `(` is never closed | add `)`']);
  });

  it('blames the block left open when the next plan or test starts', () => {
    const text = 'plan "A" { component C { payout $1 }\ntest "T" { expect total = $1 }';
    expect(parseText(text).diagnostics.map((d) => d.span.start)).toEqual([text.indexOf('{')]);
  });

  it('reads `payout` with nothing after it as a missing value', () => {
    expectSyntaxDiagnostics('plan "P" { component Broken { payout } component C { payout a } }', [
      { code: 'PP1103', text: '}' },
    ]);
  });

  it('anchors an error at the end of the file right after the last token', () => {
    const text = 'test "T" { expect total =   \n';
    const end = text.indexOf('=') + 1;
    expect(parseText(text).diagnostics.map((d) => [d.code, d.span])).toEqual([
      ['PP1107', { start: text.indexOf('{'), end: text.indexOf('{') + 1 }],
      ['PP1103', { start: end, end }],
    ]);
  });

  it('gives a hint for characters pasted from a document', () => {
    expect(messages('plan “P” {}')[0]).toBe('unexpected character `“` | write text in straight double quotes, as in `"Q3 SPIFF"`');
    expect(messages('plan "P" { let x = 5 % }')).toEqual([
      'unexpected character `%` | write a percentage with its number, without a space, as in `5%`',
    ]);
  });

  it('explains a misshapen aggregate', () => {
    expect(messages('plan "P" { let x = sum(d in deals) }')).toEqual([
      'unexpected `in` here | write what to add up before `for`, as in `sum(d.amount for d in deals)`',
    ]);
    expect(messages('plan "P" { let x = count(d.amount in deals) }')).toEqual([
      'unexpected `d.amount` here | write the name that stands for each item before `in`, as in `count(d in deals)`',
    ]);
  });
});
