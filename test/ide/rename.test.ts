import { describe, expect, it } from 'vitest';
import { prepareRename, rename, type RenameResult } from '../../src/ide/rename.js';
import { WorkspaceIndex } from '../../src/ide/workspace.js';
import { AE_PLAN, cursor, mark, open, textAt, URI } from './helpers.js';

/** Applies the edits of a rename to each file and returns the new texts. */
function apply(index: WorkspaceIndex, result: RenameResult): Record<string, string> {
  if ('error' in result) throw new Error(result.error);
  const out: Record<string, string> = {};
  for (const file of result.changes) {
    let text = index.get(file.uri)!.file.text;
    for (const e of [...file.edits].sort((a, b) => b.span.start - a.span.start)) text = text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
    out[file.uri] = text;
  }
  return out;
}

describe('rename', () => {
  it('prepareRename: the name under the cursor and its text', () => {
    const { index, text, offset } = open(mark(AE_PLAN, 'att = bookings / quo|ta'));
    const prepared = prepareRename(index, URI, offset);
    expect('span' in prepared && textAt(text, prepared.span)).toBe('quota');
    expect(prepared).toMatchObject({ placeholder: 'quota' });
  });

  it('an input: its declaration, its uses and the test data that gives it', () => {
    const { index, offset } = open(mark(AE_PLAN, 'input quo|ta'));
    const renamed = apply(index, rename(index, URI, offset, 'quarterly_quota'))[URI]!;
    expect(renamed).toBe(AE_PLAN.replace('input quota', 'input quarterly_quota').replace('bookings / quota', 'bookings / quarterly_quota').replace('given { quota:', 'given { quarterly_quota:'));
  });

  it('a component, in the plan and in the expectations of its tests', () => {
    const { index, offset } = open(mark(AE_PLAN, 'component Book|ings'));
    const renamed = apply(index, rename(index, URI, offset, 'Quota_Attainment'))[URI]!;
    expect(renamed).toBe(AE_PLAN.replace('component Bookings', 'component Quota_Attainment').replace('expect Bookings', 'expect Quota_Attainment'));
  });

  it('a component, a let and an input named by expectations of other values', () => {
    const plan = AE_PLAN.replace('  expect total = $12,500', '  expect attainment(Bookings) = 100%\n  expect att = 100%\n  expect quota = $500,000\n  expect total = $12,500');
    const component = open(mark(plan, 'component Book|ings'));
    expect(apply(component.index, rename(component.index, URI, component.offset, 'Quota_Attainment'))[URI]).toContain('expect attainment(Quota_Attainment) = 100%');
    const let_ = open(mark(plan, 'let a|tt'));
    expect(apply(let_.index, rename(let_.index, URI, let_.offset, 'attained'))[URI]).toContain('expect attained = 100%');
    const input = open(mark(plan, 'input quo|ta'));
    expect(apply(input.index, rename(input.index, URI, input.offset, 'q'))[URI]).toContain('expect q = $500,000');
  });

  it('a bonus or a plan: the text inside the quotes', () => {
    const plan = AE_PLAN.replace('  expect total = $12,500', '  expect "Kicker" = $0\n  expect total = $12,500');
    const bonus = open(mark(plan, 'bonus "Kic|ker"'));
    expect(apply(bonus.index, rename(bonus.index, URI, bonus.offset, "President's Club"))[URI]).toBe(plan.replace('bonus "Kicker"', `bonus "President's Club"`).replace('expect "Kicker"', `expect "President's Club"`));
    const withFor = AE_PLAN.replace('test "AE at quota" {', 'test "AE at quota" for "AE" {');
    const p = open(mark(withFor, 'plan "A|E"'));
    expect(apply(p.index, rename(p.index, URI, p.offset, 'AE FY2027'))[URI]).toBe(withFor.replace('plan "AE"', 'plan "AE FY2027"').replace('for "AE"', 'for "AE FY2027"'));
  });

  it('a record field and an enum member, in expressions and test data', () => {
    const field = open(mark(AE_PLAN, 'd.am|ount'));
    expect(apply(field.index, rename(field.index, URI, field.offset, 'arr'))[URI]).toBe(
      AE_PLAN.replace('{ amount: Money', '{ arr: Money').replace('d.amount', 'd.arr').replace('[{ amount: $100,000', '[{ arr: $100,000'),
    );
    const member = open(mark(AE_PLAN, 'kind: n|ew }'));
    expect(apply(member.index, rename(member.index, URI, member.offset, 'new_logo'))[URI]).toBe(AE_PLAN.replace('kind: new |', 'kind: new_logo |').replace('kind: new }', 'kind: new_logo }'));
  });

  it('across files: a plan’s tests kept in another file follow the rename', () => {
    const index = new WorkspaceIndex();
    const planText = AE_PLAN.slice(0, AE_PLAN.indexOf('test "AE at quota"'));
    const testText = 'test "more" for "AE" {\n  given { quota: $1, deals: [] }\n  expect NewLogos = $0\n}\n';
    const plan = cursor(mark(planText, 'component New|Logos'));
    index.set('file:///plan.payplan', plan.text);
    index.set('file:///tests.payplan', testText);
    expect(apply(index, rename(index, 'file:///plan.payplan', plan.offset, 'Logos'))).toEqual({
      'file:///plan.payplan': planText.replace('component NewLogos', 'component Logos'),
      'file:///tests.payplan': testText.replace('expect NewLogos', 'expect Logos'),
    });
  });

  it('refuses keywords, non-names, clashes and built-in names', () => {
    const { index, offset } = open(mark(AE_PLAN, 'input quo|ta'));
    expect(rename(index, URI, offset, 'input')).toEqual({ error: '`input` is a payplan keyword; choose another name' });
    expect(rename(index, URI, offset, 'total')).toEqual({ error: '`total` is a payplan keyword; choose another name' });
    expect(rename(index, URI, offset, '2x')).toEqual({ error: '`2x` is not a name: use letters, digits and `_`, starting with a letter' });
    expect(rename(index, URI, offset, 'bookings')).toEqual({ error: '`bookings` is already defined in plan "AE"' });
    const builtin = open(mark(AE_PLAN, '5% of vari|able'));
    expect(prepareRename(builtin.index, URI, builtin.offset)).toEqual({ error: '`variable` is built into payplan and cannot be renamed' });
    const keyword = open(mark(AE_PLAN, '  curr|ency USD'));
    expect(prepareRename(keyword.index, URI, keyword.offset)).toEqual({ error: 'there is no name here to rename' });
  });

  it('accepts names in any script', () => {
    const { index, offset } = open(mark(AE_PLAN, 'input quo|ta'));
    expect(apply(index, rename(index, URI, offset, 'quota_été'))[URI]).toContain('input quota_été: Money');
  });
});
