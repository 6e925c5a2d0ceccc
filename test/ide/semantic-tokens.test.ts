import { describe, expect, it } from 'vitest';
import { semanticTokens } from '../../src/ide/semantic-tokens.js';
import { WorkspaceIndex } from '../../src/ide/workspace.js';
import { AE_PLAN, textAt } from './helpers.js';

function tokens(text: string, from: string, count: number): string[] {
  const index = WorkspaceIndex.of('file:///t.payplan', text);
  const start = text.indexOf(from);
  return semanticTokens(index, 'file:///t.payplan')
    .filter((t) => t.span.start >= start)
    .slice(0, count)
    .map((t) => `${textAt(text, t.span)}:${t.type}${t.declaration ? '*' : ''}`);
}

describe('semantic tokens', () => {
  it('money and percentages, keywords and the header', () => {
    expect(tokens(AE_PLAN, 'plan "AE"', 12)).toEqual([
      'plan:keyword', '"AE":string', 'currency:keyword', 'period:keyword', 'quarter:keyword', 'ote:keyword', '$100,000:money', 'mix:keyword', '50%:percent', 'base:keyword', '50%:percent', 'variable:keyword',
    ]);
  });

  it('names by what they name, declarations marked', () => {
    expect(tokens(AE_PLAN, 'let bookings', 19)).toEqual([
      'let:keyword', 'bookings:let*', 'sum:function', 'd:local', 'amount:field', 'd:local', 'credit:field', 'for:keyword', 'd:local*', 'in:keyword', 'deals:input', 'where:keyword', 'd:local', 'kind:field', 'renewal:member', 'let:keyword', 'att:let*', 'bookings:let', 'quota:input',
    ]);
    expect(tokens(AE_PLAN, 'component Bookings', 6)).toEqual(['component:keyword', 'Bookings:component*', 'weight:keyword', '75%:percent', 'attainment:keyword', 'att:let']);
    expect(tokens(AE_PLAN, 'cap 200%', 4)).toEqual(['cap:keyword', '200%:percent', 'of:keyword', 'target:builtin']);
    expect(tokens(AE_PLAN, 'record Deal', 6)).toEqual(['record:keyword', 'Deal:record*', 'amount:field*', 'Money:type', 'kind:field*', 'new:member*']);
  });

  it('comments, and tests naming components', () => {
    expect(tokens(AE_PLAN, '// The AE', 1)).toEqual(['// The AE plan.:comment']);
    expect(tokens(AE_PLAN, 'expect Bookings', 3)).toEqual(['expect:keyword', 'Bookings:component', '$9,375:money']);
  });

  it('tokens are in order and never overlap', () => {
    const all = semanticTokens(WorkspaceIndex.of('file:///t.payplan', AE_PLAN), 'file:///t.payplan');
    for (let i = 1; i < all.length; i++) expect(all[i]!.span.start).toBeGreaterThanOrEqual(all[i - 1]!.span.end);
  });
});
