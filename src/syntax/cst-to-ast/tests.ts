/**
 * `test` blocks: one `given` record, period blocks (`Q1 { … }`) and `expect` lines. A second
 * `given` is reported and its values are left out, since a test has one set of shared values.
 */
import { cover } from '../../text/span.js';
import type { Expect, Identifier, RecordLiteral, StringLiteral, TestDecl, TestPeriod } from '../ast.js';
import type { ExpectItemCstNode, TestDeclCstNode, TestPeriodCstNode } from '../cst.generated.js';
import * as t from '../tokens.js';
import { tokenEnd, tokenSpan } from '../token-span.js';
import { after, AstContext, first, identifier, nodeSpan, real } from './context.js';
import { expression, recordLiteral } from './expressions.js';
import { nameOrEmpty, stringLiteral } from './literals.js';

export function testDecl(ctx: AstContext, node: TestDeclCstNode): TestDecl[] {
  const c = node.children;
  const keyword = real(first(c.Test));
  if (keyword === undefined) return [];
  const name = nameOrEmpty(first(c.name), tokenEnd(keyword));
  const planToken = real(first(c.plan));
  const planName = planToken === undefined ? null : stringLiteral(planToken);
  const items = (c.items ?? []).map((item) => item.children);
  const givenBlocks = items.flatMap((item) => item.givenBlock ?? []);
  const givens = givenBlocks.flatMap((block) => {
    const values = first(block.children.values);
    return values === undefined ? [] : [recordLiteral(ctx, values, after(first(block.children.Given), 0))];
  });
  for (const extra of givenBlocks.slice(1)) {
    const word = real(first(extra.children.Given));
    if (word !== undefined) {
      ctx.report('PP1102', tokenSpan(word), { found: '`given`' }, 'a test has one `given` block: move these values into the first one');
    }
  }
  const given: RecordLiteral | null = givens[0] ?? null;
  const periods = items.flatMap((item) => item.testPeriod ?? []).flatMap((period) => testPeriod(ctx, period));
  const expects = items.flatMap((item) => item.expectItem ?? []).flatMap((item) => expectItem(ctx, item));
  return [{ kind: 'Test', span: nodeSpan(node, 0), name, planName, given, periods, expects }];
}

function testPeriod(ctx: AstContext, node: TestPeriodCstNode): TestPeriod[] {
  const period = identifier(first(node.children.period));
  const values = first(node.children.values);
  if (period === undefined || values === undefined) return [];
  const record = recordLiteral(ctx, values, period.span.end);
  return [{ kind: 'TestPeriod', span: cover(period.span, record.span), period, values: record }];
}

function expectItem(ctx: AstContext, node: ExpectItemCstNode): Expect[] {
  const c = node.children;
  const lineToken = real(first(c.line));
  if (lineToken === undefined) return [];
  const line: Identifier | StringLiteral = lineToken.tokenType === t.StringLiteral
    ? stringLiteral(lineToken)
    : { kind: 'Identifier', name: lineToken.image, span: tokenSpan(lineToken) };
  const value = expression(ctx, first(c.value), after(first(c.Equals), line.span.end));
  const period = identifier(first(c.period)) ?? null;
  const of = identifier(first(c.of)) ?? null;
  return [{ kind: 'Expect', span: cover(nodeSpan(node, 0), value.span), period, line, of, value }];
}
