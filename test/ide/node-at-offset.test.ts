import { describe, expect, it } from 'vitest';
import { nodePathAt } from '../../src/ide/node-at-offset.js';
import { WorkspaceIndex } from '../../src/ide/workspace.js';
import { AE_PLAN, cursor, mark, open, URI } from './helpers.js';

function kindsAt(marked: string): string {
  const { index, offset } = open(marked);
  return nodePathAt(index.get(URI)!.syntax.ast, offset).map((n) => n.kind).join(' > ');
}

describe('cursor markers', () => {
  it('strip the marker and give its offset', () => {
    expect(cursor('ab<|>cd')).toEqual({ text: 'abcd', offset: 2 });
    expect(() => cursor('abcd')).toThrow('no <|> cursor marker');
    expect(() => cursor('a<|>b<|>')).toThrow('more than one');
  });
});

describe('the node at an offset', () => {
  it('the innermost node holding the cursor, with its path', () => {
    expect(kindsAt(mark(AE_PLAN, 'bookings / qu|ota'))).toBe('PlanFile > Plan > Let > Binary > Name');
    expect(kindsAt(mark(AE_PLAN, 'd.cre|dit'))).toBe('PlanFile > Plan > Let > Aggregate > Binary > Member > Identifier');
    expect(kindsAt(mark(AE_PLAN, 'from 50% below 1|00%'))).toBe('PlanFile > Plan > Component > Curve > Band > Bound > Percent');
  });

  it('right after a name still counts as on it; a node starting there wins over one ending there', () => {
    expect(kindsAt(mark(AE_PLAN, 'bookings / quota|\n'))).toBe('PlanFile > Plan > Let > Binary > Name');
    const text = 'plan "P" {\n  currency USD\n  input a: Money\n  let b = a+a\n}\n';
    const index = WorkspaceIndex.of(URI, text);
    const path = nodePathAt(index.get(URI)!.syntax.ast, text.indexOf('+a') + 1);
    expect(path[path.length - 1]).toMatchObject({ kind: 'Name', span: { start: text.indexOf('+a') + 1 } });
  });
});
