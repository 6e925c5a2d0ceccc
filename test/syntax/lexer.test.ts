import { describe, expect, it } from 'vitest';
import { lex } from '../../src/syntax/lexer.js';
import { createSourceFile } from '../../src/text/source-file.js';
import { expectSyntaxDiagnostics } from '../helpers/diagnostics.js';

function tokens(text: string): string[] {
  return lex(createSourceFile('t', text)).tokens.map((t) => `${t.tokenType.name} ${t.image}`);
}

describe('lexer', () => {
  it.each([
    ['$100,000', 'MoneyLiteral $100,000'],
    ['$1,234.56', 'MoneyLiteral $1,234.56'],
    ['€5,000', 'MoneyLiteral €5,000'],
    ['£250', 'MoneyLiteral £250'],
    ['75%', 'PercentLiteral 75%'],
    ['12.5%', 'PercentLiteral 12.5%'],
    ['2', 'NumberLiteral 2'],
    ['1.5', 'NumberLiteral 1.5'],
    ['1,000', 'NumberLiteral 1,000'],
    ['2026-03-31', 'DateLiteral 2026-03-31'],
    ['"a \\"b\\""', 'StringLiteral "a \\"b\\""'],
    ['half-even', 'HalfEven half-even'],
    ['half-up', 'HalfUp half-up'],
    ['non-negative', 'NonNegative non-negative'],
    ['->', 'Arrow ->'],
    ['prime_année', 'Identifier prime_année'],
    ['Ωmega', 'Identifier Ωmega'],
  ])('%s', (text, token) => {
    expect(tokens(text)).toEqual([token]);
  });

  it('reads keywords as keywords and longer words as names', () => {
    expect(tokens('in input inputs plan planned of offer up upper')).toEqual([
      'In in', 'Input input', 'Identifier inputs', 'Plan plan', 'Identifier planned',
      'Of of', 'Identifier offer', 'Up up', 'Identifier upper',
    ]);
  });

  it('reads soft keywords as their own tokens', () => {
    expect(tokens('base variable period year quarter month total target')).toEqual([
      'Base base', 'Variable variable', 'Period period', 'Year year', 'Quarter quarter', 'Month month',
      'Total total', 'Identifier target',
    ]);
  });

  it('does not glue a comma and the next value into a number', () => {
    expect(tokens('max($1, 2)')).toEqual(['Identifier max', 'LParen (', 'MoneyLiteral $1', 'Comma ,', 'NumberLiteral 2', 'RParen )']);
  });

  it('tells operators apart', () => {
    expect(tokens('< <= > >= == != = - -> + * / | : . , ( ) [ ] { }').map((t) => t.split(' ')[0])).toEqual([
      'Less', 'LessEqual', 'Greater', 'GreaterEqual', 'EqualEqual', 'NotEqual', 'Equals', 'Minus', 'Arrow',
      'Plus', 'Star', 'Slash', 'Pipe', 'Colon', 'Dot', 'Comma', 'LParen', 'RParen', 'LBracket', 'RBracket',
      'LCurly', 'RCurly',
    ]);
  });

  it('puts comments in their own group, with their text', () => {
    const result = lex(createSourceFile('t', 'ote $1 // on target\n// last'));
    expect(result.tokens.map((t) => t.image)).toEqual(['ote', '$1']);
    expect(result.comments.map((t) => t.image)).toEqual(['// on target', '// last']);
  });

  it.each([
    ['$1,00', 'PP1003', '$1,00'],
    ['$1000,000', 'PP1003', '$1000,000'],
    ['1,0000%', 'PP1003', '1,0000%'],
    ['2026-02-30', 'PP1004', '2026-02-30'],
    ['2026-13-01', 'PP1004', '2026-13-01'],
    ['2026-3-31', 'PP1004', '2026-3-31'],
    ['"Q3 SPIFF', 'PP1002', '"Q3 SPIFF'],
  ])('reports the malformed literal %s once, whole', (literal, code, text) => {
    expectSyntaxDiagnostics(`plan "P" { let x = ${literal}\n}`, [{ code, text }]);
  });

  it('accepts 29 February in a leap year only', () => {
    expectSyntaxDiagnostics('plan "P" { fiscal year starts 2028-02-29 }', []);
    expectSyntaxDiagnostics('plan "P" { fiscal year starts 2027-02-29 }', [{ code: 'PP1004', text: '2027-02-29' }]);
  });

  it('reports an unknown character and keeps going', () => {
    expectSyntaxDiagnostics('plan "P" { let x = 1 @ let y = 2 }', [{ code: 'PP1001', text: '@' }]);
  });
});
