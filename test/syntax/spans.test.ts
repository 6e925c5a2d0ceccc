import { describe, expect, it } from 'vitest';
import type { BinaryExpr, ComponentDecl, CurveItem, InputDecl, LetDecl, PlanDecl, TestDecl } from '../../src/syntax/ast.js';
import type { Span } from '../../src/text/span.js';
import { parseClean } from './parse-helpers.js';

// Emoji (two UTF-16 units each) and accents before the nodes under test: spans count UTF-16 units,
// like JavaScript string indices and LSP positions.
const source = `// 🚀 Prime d'équipe — 💶 en €
plan "Équipe 🇫🇷" {
  input quota_année: Money per year must be positive
  let bookings = sum(d.amount * d.credit for d in deals where d.kind != renewal)
  let ratio = (a + b) / quota_année
  component Rétention weight 75% {
    payout curve {
      below 85%             -> 0%
      from 85% below 100%   -> linear 50% to 100%
      above 100% up to 150% -> slope 2
    }
  }
}
test "🎯" { expect Q1 Rétention = €1,234.56 }
`;

const { ast, comments } = parseClean(source);
const plan = ast.items[0] as PlanDecl;
const input = plan.items[0] as InputDecl;
const bookings = plan.items[1] as LetDecl;
const ratio = plan.items[2] as LetDecl;
const component = plan.items[3] as ComponentDecl;
const curve = component.items[0] as CurveItem;
const test = ast.items[1] as TestDecl;

function at(span: Span): string {
  return source.slice(span.start, span.end);
}

describe('spans', () => {
  it('covers the whole file and each declaration', () => {
    expect(ast.span).toEqual({ start: 0, end: source.length });
    expect(at(plan.span)).toMatch(/^plan "Équipe 🇫🇷" \{[\s\S]*\}$/);
    expect(at(plan.name.span)).toBe('"Équipe 🇫🇷"');
    expect(at(input.span)).toBe('input quota_année: Money per year must be positive');
    expect(at(input.constraint!.span)).toBe('must be positive');
    expect(at(test.span)).toBe('test "🎯" { expect Q1 Rétention = €1,234.56 }');
  });

  it('underlines names exactly', () => {
    expect(at(input.name.span)).toBe('quota_année');
    expect(at(component.name.span)).toBe('Rétention');
    expect(at(test.expects[0]!.period!.span)).toBe('Q1');
    expect(at(test.expects[0]!.line.span)).toBe('Rétention');
  });

  it('covers binary expressions and their operators', () => {
    const value = bookings.value;
    expect(at(value.span)).toBe('sum(d.amount * d.credit for d in deals where d.kind != renewal)');
    expect(value.kind === 'Aggregate' && at(value.fnSpan)).toBe('sum');
    const product = value.kind === 'Aggregate' ? (value.value as BinaryExpr) : undefined;
    expect(at(product!.span)).toBe('d.amount * d.credit');
    expect(at(product!.opSpan)).toBe('*');
    expect(at(product!.left.span)).toBe('d.amount');
    const division = ratio.value as BinaryExpr;
    expect(at(division.span)).toBe('(a + b) / quota_année');
    expect(at(division.left.span)).toBe('(a + b)');
  });

  it('covers bands, bounds (keywords included) and band values', () => {
    const [first, second, third] = curve.bands;
    expect(at(first!.span)).toBe('below 85%             -> 0%');
    expect(at(first!.upper!.span)).toBe('below 85%');
    expect(at(second!.lower!.span)).toBe('from 85%');
    expect(at(second!.upper!.span)).toBe('below 100%');
    expect(at(second!.value.span)).toBe('linear 50% to 100%');
    expect(at(third!.lower!.span)).toBe('above 100%');
    expect(at(third!.upper!.span)).toBe('up to 150%');
    expect(at(third!.value.span)).toBe('slope 2');
    expect(at(curve.span)).toMatch(/^payout curve \{[\s\S]*slope 2\n {4}\}$/);
  });

  it('covers literals as written', () => {
    expect(at(test.expects[0]!.value.span)).toBe('€1,234.56');
    expect(at((component.weight!).span)).toBe('75%');
  });

  it('keeps comments with their spans', () => {
    expect(comments.map((c) => [c.text, at(c.span)])).toEqual([
      ["// 🚀 Prime d'équipe — 💶 en €", "// 🚀 Prime d'équipe — 💶 en €"],
    ]);
  });
});
