import { describe, expect, it } from 'vitest';
import { complete } from '../../src/ide/completion.js';
import { AE_PLAN, open, textAt, URI } from './helpers.js';

/** The labels offered at the marked cursor, and the text the choice replaces. */
function labels(marked: string): string[] {
  const { index, offset } = open(marked);
  return complete(index, URI, offset).items.map((i) => i.label);
}

/** AE_PLAN with `line` added after the line that ends with `after`. */
function typing(after: string, line: string): string {
  const at = AE_PLAN.indexOf(after);
  if (at < 0) throw new Error(`no \`${after}\``);
  const end = at + after.length;
  return `${AE_PLAN.slice(0, end)}\n${line}${AE_PLAN.slice(end)}`;
}

const NAMES = ['quota', 'deals', 'bookings', 'att', 'kicker', 'base', 'variable', 'period'];
const FUNCTIONS = ['min', 'max', 'clamp', 'abs', 'ytd', 'sum', 'average', 'count'];
const MEMBERS = ['new', 'renewal', 'expansion'];
const EXPRESSION_WORDS = ['if', 'then', 'else', 'and', 'or', 'not', 'of', 'true', 'false'];

describe('completion', () => {
  it('plan items, and a component snippet, at the start of a line in a plan', () => {
    expect(labels(typing('  period quarter', '  <|>'))).toEqual([
      'currency', 'period', 'fiscal year starts', 'ote', 'mix', 'rounding', 'enum', 'record', 'input', 'let', 'component', 'bonus', 'cap', 'floor', 'allow', 'component',
    ]);
    const { index, offset } = open(typing('  period quarter', '  comp<|>'));
    const result = complete(index, URI, offset);
    expect(result.span).toEqual({ start: offset - 4, end: offset });
    expect(result.items.find((i) => i.kind === 'snippet')).toEqual({
      label: 'component',
      kind: 'snippet',
      detail: 'a weighted component with a payout curve',
      insertText:
        'component ${1:Name} weight ${2:100%} {\n  attainment ${3:measure} / ${4:quota}\n  payout curve {\n    below ${5:50%} -> 0%\n    from ${5:50%} below 100% -> linear ${6:50%} to 100%\n    from 100% -> slope ${7:1.5}\n  }\n}',
      snippet: true,
    });
  });

  it('currency codes after `currency`, periods after `period`', () => {
    expect(labels(AE_PLAN.replace('  currency USD', '  currency <|>')).slice(0, 5)).toEqual(['USD', 'EUR', 'GBP', 'CAD', 'AUD']);
    expect(labels(AE_PLAN.replace('  period quarter', '  period q<|>'))).toEqual(['month', 'quarter', 'year']);
  });

  it('types after `input x:`, then what may follow a type', () => {
    expect(labels(typing('  period quarter', '  input x: <|>'))).toEqual(['Money', 'Percent', 'Number', 'Count', 'Date', 'Bool', 'Text', 'Deal', 'list of']);
    expect(labels(typing('  period quarter', '  input x: Money <|>'))).toEqual(['per year', '=', 'must be']);
    expect(labels(typing('  period quarter', '  input x: Money must be <|>'))).toEqual(['positive', 'non-negative', 'between']);
  });

  it('in an expression: inputs, definitions, built-in names, functions, enum members and expression words', () => {
    expect(labels(typing('  let kicker = 5% of variable', '  let y = <|>'))).toEqual([...NAMES, ...FUNCTIONS, ...MEMBERS, ...EXPRESSION_WORDS]);
  });

  it('a definition is not offered inside itself', () => {
    expect(labels(AE_PLAN.replace('let kicker = 5% of variable', 'let kicker = 5% of <|>variable'))).not.toContain('kicker');
  });

  it('fields after `.` on a local variable, a record input and `period`', () => {
    expect(labels(typing('  let kicker = 5% of variable', '  let y = sum(x.amount for x in deals where x.<|>'))).toEqual(['amount', 'kind', 'credit']);
    expect(labels(typing('  let kicker = 5% of variable', '  let y = period.<|>'))).toEqual(['start', 'end', 'number']);
  });

  it('enum members after `Enum.`', () => {
    const plan = `plan "P" {\n  currency USD\n  enum Segment { smb, enterprise }\n  input s: Segment\n  let big = s == Segment.<|>\n}\n`;
    expect(labels(plan)).toEqual(['smb', 'enterprise']);
  });

  it('component items and the tier-table snippets at the start of a line in a component', () => {
    const marked = AE_PLAN.replace('    cap 200% of target\n', '    cap 200% of target\n    <|>\n');
    expect(labels(marked)).toEqual(['attainment', 'gate', 'payout', 'payout curve', 'commission', 'cap', 'floor', 'allow', 'payout curve', 'commission tiers']);
    const { index, offset } = open(marked);
    expect(complete(index, URI, offset).items.find((i) => i.label === 'commission tiers')?.insertText).toBe(
      'commission on ${1:bookings} marginal {\n  up to 100% of ${2:quota} -> ${3:8%}\n  above 100% of ${2:quota} -> ${4:12%}\n}',
    );
  });

  it('bands: how a band starts, how it ends, and its payout kinds after `->`', () => {
    expect(labels(typing('      from 100%            -> slope 2', '      <|>'))).toEqual(['below', 'up to', 'from', 'above']);
    expect(labels(typing('      from 100%            -> slope 2', '      from 200% <|>'))).toEqual(['below', 'up to', '->']);
    expect(labels(typing('      from 100%            -> slope 2', '      from 200% -> <|>')).slice(0, 3)).toEqual(['linear', 'slope', 'quota']);
  });

  it('commission modes after `commission on E`', () => {
    expect(labels(AE_PLAN.replace('    cap 200% of target\n', '    cap 200% of target\n    commission on bookings <|>\n')).slice(0, 5)).toEqual(['at', 'marginal', 'retroactive', 'by', 'pro rata']);
  });

  it('in a test: its items, then periods and lines after `expect`', () => {
    expect(labels(AE_PLAN.replace('  expect total = $12,500\n', '  expect total = $12,500\n  <|>\n'))).toEqual(['given', 'expect', 'Q1', 'Q2', 'Q3', 'Q4']);
    expect(labels(AE_PLAN.replace('  expect total = $12,500\n', '  expect total = $12,500\n  expect <|>\n'))).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Bookings', 'NewLogos', '"Kicker"', 'total']);
  });

  it('in test data: the plan’s inputs as field names, enum members as values', () => {
    const { index, offset } = open(AE_PLAN.replace('given { quota', 'given { q<|>uota'));
    const result = complete(index, URI, offset);
    expect(result.items.map((i) => [i.label, i.insertText])).toEqual([['quota', 'quota: '], ['deals', 'deals: ']]);
    expect(labels(AE_PLAN.replace('kind: new }] }', 'kind: <|>new }] }'))).toEqual([...MEMBERS, 'true', 'false']);
  });

  it('at the top of a file: plan and test, with snippets', () => {
    expect(labels(`${AE_PLAN}\n<|>`)).toEqual(['plan', 'test', 'plan', 'test']);
    expect(labels(`${AE_PLAN}\ntest "x" for <|>`)).toEqual(['"AE"']);
  });

  it('the warnings a plan may allow, inside `allow "…"`', () => {
    const { index, offset, text } = open(typing('  period quarter', '  allow "payout-<|>'));
    const result = complete(index, URI, offset);
    expect(textAt(text, result.span)).toBe('payout-');
    expect(result.items.map((i) => i.label)).toContain('payout-decreases');
  });

  it('nothing inside a comment', () => {
    expect(labels(AE_PLAN.replace('// The AE plan.', '// The AE pl<|>an.'))).toEqual([]);
  });
});
