/**
 * Items written `keyword value` (`attainment E`, `gate C`, `ote E`, `cap E`, …). Their CST labels
 * the expression `value`, so one helper reads them all; an item recovery left with no real token
 * is dropped, and a lost value becomes `Missing` right after the keyword.
 */
import type { CstNode } from 'chevrotain';
import { cover, type Span } from '../../text/span.js';
import type { AllowItem, CapItem, Expr, FloorItem } from '../ast.js';
import type { AllowItemCstNode, CapItemCstNode, ExpressionCstNode, FloorItemCstNode } from '../cst.generated.js';
import { AstContext, first, isEmpty, nodeSpan, real } from './context.js';
import { expression } from './expressions.js';
import { stringLiteral } from './literals.js';

interface ValueItemNode extends CstNode {
  readonly children: { readonly value?: ExpressionCstNode[] };
}

export function keywordValue(ctx: AstContext, node: ValueItemNode): { span: Span; value: Expr } | undefined {
  if (isEmpty(node)) return undefined;
  const at = nodeSpan(node, 0);
  const value = expression(ctx, first(node.children.value), at.end);
  return { span: cover(at, value.span), value };
}

/** Builds an item from `keywordValue`'s result, or nothing when recovery left the item empty. */
export function wrap<T>(item: { span: Span; value: Expr } | undefined, build: (item: { span: Span; value: Expr }) => T): T[] {
  return item === undefined ? [] : [build(item)];
}

/** Shared by plans and components. */
export function capItem(ctx: AstContext, node: CapItemCstNode): CapItem[] {
  return wrap(keywordValue(ctx, node), (item) => ({ kind: 'Cap', ...item }));
}

export function floorItem(ctx: AstContext, node: FloorItemCstNode): FloorItem[] {
  return wrap(keywordValue(ctx, node), (item) => ({ kind: 'Floor', ...item }));
}

/** An `allow` whose slug recovery lost is dropped: it could only allow nothing. */
export function allowItem(node: AllowItemCstNode): AllowItem[] {
  const token = real(first(node.children.slug));
  if (token === undefined) return [];
  const slug = stringLiteral(token);
  return [{ kind: 'Allow', span: nodeSpan(node, slug.span.end), slug }];
}
