import { describe, expect, it } from 'vitest';
import { definition } from '../../src/ide/definition.js';
import { documentHighlights } from '../../src/ide/document-highlights.js';
import { references } from '../../src/ide/references.js';
import { WorkspaceIndex } from '../../src/ide/workspace.js';
import { AE_PLAN, cursor, mark, open, URI } from './helpers.js';

/** Each location as `line:column text` (1-based), so that the expectations read like the source. */
function where(text: string, spans: readonly { span: { start: number; end: number } }[]): string[] {
  return spans.map(({ span }) => {
    const before = text.slice(0, span.start).split('\n');
    return `${before.length}:${before[before.length - 1]!.length + 1} ${text.slice(span.start, span.end)}`;
  });
}

/** Locations across files, as `file line:column text`. */
function whereIn(index: WorkspaceIndex, locations: readonly { uri: string; span: { start: number; end: number } }[]): string[] {
  return locations.map((l) => `${l.uri.replace('file:///', '')} ${where(index.get(l.uri)!.file.text, [l])[0]}`);
}

describe('go to definition', () => {
  it('from a use to the declaration: input, definition, local, field, enum member', () => {
    const go = (needle: string) => {
      const { index, text, offset } = open(mark(AE_PLAN, needle));
      return where(text, definition(index, URI, offset));
    };
    expect(go('att = bookings / quo|ta')).toEqual(['12:9 quota']);
    expect(go('let att = book|ings')).toEqual(['15:7 bookings']);
    expect(go('sum(|d.amount')).toEqual(['15:46 d']);
    expect(go('d.am|ount')).toEqual(['8:17 amount']);
    expect(go('!= renew|al')).toEqual(['8:44 renewal']);
    expect(go('expect Book|ings')).toEqual(['19:13 Bookings']);
    expect(go('expect NewLogos = $3,125\n  expect to|tal')).toEqual([]);
  });

  it('from a test in another file to the plan that file declares', () => {
    const index = new WorkspaceIndex();
    index.set('file:///plan.payplan', AE_PLAN.slice(0, AE_PLAN.indexOf('test "AE at quota"')));
    const test = cursor('test "more" for "AE" {\n  given { quota: $1, deals: [] }\n  expect Book<|>ings = $0\n}\n');
    index.set('file:///tests.payplan', test.text);
    expect(whereIn(index, definition(index, 'file:///tests.payplan', test.offset))).toEqual(['plan.payplan 19:13 Bookings']);
  });
});

describe('find references', () => {
  it('every use, with or without the declaration, in test data too', () => {
    const { index, text, offset } = open(mark(AE_PLAN, 'input quo|ta'));
    expect(where(text, references(index, URI, offset, true))).toEqual(['12:9 quota', '16:24 quota', '40:11 quota']);
    expect(where(text, references(index, URI, offset, false))).toEqual(['16:24 quota', '40:11 quota']);
  });

  it('a record field in expressions and in test data', () => {
    const { index, text, offset } = open(mark(AE_PLAN, '!= rene|wal'));
    expect(where(text, references(index, URI, offset, true))).toEqual(['8:44 renewal', '15:73 renewal']);
    const field = open(mark(AE_PLAN, 'record Deal { amo|unt'));
    expect(where(field.text, references(field.index, URI, field.offset, true))).toEqual(['8:17 amount', '15:24 amount', '40:38 amount']);
  });

  it('a bonus by its quoted name', () => {
    const plan = AE_PLAN.replace('  expect total = $12,500', '  expect "Kicker" = $0\n  expect total = $12,500');
    const { index, text, offset } = open(mark(plan, 'bonus "Kic|ker"'));
    expect(where(text, references(index, URI, offset, true))).toEqual(['36:10 Kicker', '43:11 Kicker']);
  });

  it('across files: the plan in one, its tests in another', () => {
    const index = new WorkspaceIndex();
    const plan = cursor(mark(AE_PLAN.slice(0, AE_PLAN.indexOf('test "AE at quota"')), 'component New|Logos'));
    index.set('file:///plan.payplan', plan.text);
    index.set('file:///tests.payplan', 'test "more" for "AE" {\n  given { quota: $1, deals: [] }\n  expect NewLogos = $0\n}\n');
    expect(whereIn(index, references(index, 'file:///plan.payplan', plan.offset, true))).toEqual(['plan.payplan 29:13 NewLogos', 'tests.payplan 3:10 NewLogos']);
  });
});

describe('document highlights', () => {
  it('the symbol under the cursor in this file; its declaration is the write', () => {
    const { index, text, offset } = open(mark(AE_PLAN, 'attainment a|tt\n    payout curve {\n      below 50%'));
    const highlights = documentHighlights(index, URI, offset);
    expect(where(text, highlights)).toEqual(['16:7 att', '20:16 att', '30:16 att', '36:30 att']);
    expect(highlights.map((h) => h.kind)).toEqual(['write', 'read', 'read', 'read']);
  });

  it('a local variable only within its aggregation', () => {
    const { index, text, offset } = open(mark(AE_PLAN, 'where |d.kind'));
    expect(where(text, documentHighlights(index, URI, offset))).toEqual(['15:22 d', '15:33 d', '15:46 d', '15:63 d']);
  });

  it('nothing on a keyword', () => {
    const { index, offset } = open(mark(AE_PLAN, 'pay|out curve {\n      from 0%'));
    expect(documentHighlights(index, URI, offset)).toEqual([]);
  });
});
