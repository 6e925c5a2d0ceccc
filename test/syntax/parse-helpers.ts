/**
 * Small readers over `parse` for the syntax tests: parse a plan body or a lone expression and pull
 * out the node under test, failing loudly when the shape is not what the test expects.
 */
import { expect } from 'vitest';
import type { ComponentItem, Expr, PlanDecl, PlanItem, TestDecl } from '../../src/syntax/ast.js';
import { parse, type SyntaxResult } from '../../src/syntax/index.js';
import { createSourceFile } from '../../src/text/source-file.js';

export function parseText(text: string): SyntaxResult {
  return parse(createSourceFile('test.payplan', text));
}

/** Parses `text`, asserting it has no diagnostics. */
export function parseClean(text: string): SyntaxResult {
  const result = parseText(text);
  expect(result.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  return result;
}

export function planItems(body: string): readonly PlanItem[] {
  const item = parseClean(`plan "P" {\n${body}\n}`).ast.items[0] as PlanDecl;
  return item.items;
}

export function planItem<K extends PlanItem['kind']>(body: string, kind: K): Extract<PlanItem, { kind: K }> {
  const [item] = planItems(body);
  expect(item?.kind).toBe(kind);
  return item as Extract<PlanItem, { kind: K }>;
}

export function componentItem<K extends ComponentItem['kind']>(body: string, kind: K): Extract<ComponentItem, { kind: K }> {
  const component = planItem(`component C {\n${body}\n}`, 'Component');
  const [item] = component.items;
  expect(item?.kind).toBe(kind);
  return item as Extract<ComponentItem, { kind: K }>;
}

/** The expression of `let x = <source>`. */
export function expr(source: string): Expr {
  return planItem(`let x = ${source}`, 'Let').value;
}

export function testDecl(text: string): TestDecl {
  const [item] = parseClean(text).ast.items;
  expect(item?.kind).toBe('Test');
  return item as TestDecl;
}
