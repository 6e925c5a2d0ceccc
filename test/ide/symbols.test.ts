import { describe, expect, it } from 'vitest';
import { documentSymbols, type DocumentSymbol } from '../../src/ide/document-symbols.js';
import { workspaceSymbols } from '../../src/ide/workspace-symbols.js';
import { WorkspaceIndex } from '../../src/ide/workspace.js';
import { AE_PLAN, textAt } from './helpers.js';

/** The outline as indented lines: `category name (detail)`, checking each selection span names it. */
function outline(text: string, symbols: readonly DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => {
    expect(textAt(text, s.selectionSpan)).toBe(s.name);
    return [`${'  '.repeat(depth)}${s.category} ${s.name}${s.detail ? ` (${s.detail})` : ''}`, ...outline(text, s.children, depth + 1)];
  });
}

describe('document symbols', () => {
  it('the plan with its declarations, then the tests', () => {
    const index = WorkspaceIndex.of('file:///ae.payplan', AE_PLAN);
    expect(outline(AE_PLAN, documentSymbols(index.get('file:///ae.payplan')!))).toEqual([
      'plan AE (USD, quarterly)',
      '  record Deal (record)',
      '    field amount (Money (USD))',
      '    field kind (new | renewal | expansion)',
      '    field credit (Percent)',
      '  input quota (Money (USD))',
      '  input deals (list of Deal)',
      '  let bookings (Money (USD))',
      '  let att (Percent)',
      '  let kicker (Money (USD))',
      '  component Bookings (weight 75%, $37,500 per year)',
      '  component NewLogos (weight 25%, $12,500 per year)',
      '  bonus Kicker (bonus)',
      'test AE at quota (for "AE")',
    ]);
  });

  it('an enum with its members; the whole declaration as its range', () => {
    const text = 'plan "P" {\n  currency USD\n  enum Segment { smb, enterprise }\n}\n';
    const [plan] = documentSymbols(WorkspaceIndex.of('file:///p.payplan', text).get('file:///p.payplan')!);
    const segment = plan!.children[0]!;
    expect(textAt(text, segment.span)).toBe('enum Segment { smb, enterprise }');
    expect(outline(text, [segment])).toEqual(['enum Segment (enum)', '  member smb', '  member enterprise']);
  });
});

describe('workspace symbols', () => {
  it('every file’s declarations matching the query, with their plan', () => {
    const index = new WorkspaceIndex();
    index.set('file:///ae.payplan', AE_PLAN);
    index.set('file:///csm.payplan', 'plan "CSM" {\n  currency USD\n  input book_value: Money\n}\n');
    expect(workspaceSymbols(index, 'book').map((s) => `${s.uri.slice(8)} ${s.category} ${s.name} in ${s.container}`)).toEqual([
      'ae.payplan let bookings in AE',
      'ae.payplan component Bookings in AE',
      'csm.payplan input book_value in CSM',
    ]);
    expect(workspaceSymbols(index, 'nlg').map((s) => s.name)).toEqual(['NewLogos']);
    expect(workspaceSymbols(index, '').length).toBe(13);
  });
});
