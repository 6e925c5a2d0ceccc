/**
 * Band tables: `{ from 85% below 100% -> linear 50% to 100%  … }`. A bound keeps its keyword and
 * whether it owns its boundary (`from`, `up to`: included; `above`, `below`: excluded). A band that
 * recovery left with no bound at all is dropped; the parser has reported it.
 */
import type { IToken, TokenType } from 'chevrotain';
import { cover } from '../../text/span.js';
import type { Band, BandValue, Bound } from '../ast.js';
import type { BandCstNode, BandTableCstNode, BandValueCstNode, LowerBoundCstNode, UpperBoundCstNode } from '../cst.generated.js';
import * as t from '../tokens.js';
import { tokenEnd, tokenSpan } from '../token-span.js';
import { after, AstContext, first, nodeSpan, real, realTokens } from './context.js';
import { expression } from './expressions.js';

export function bandTable(ctx: AstContext, node: BandTableCstNode | undefined): Band[] {
  return (node?.children.bands ?? []).flatMap((band) => bandOf(ctx, band));
}

function bandOf(ctx: AstContext, node: BandCstNode): Band[] {
  const c = node.children;
  const lower = bound(ctx, first(c.lower));
  const upper = bound(ctx, first(c.upper));
  const lastBound = upper ?? lower;
  if (lastBound === null) return [];
  const value = bandValue(ctx, first(c.value), after(first(c.Arrow), lastBound.span.end));
  return [{ kind: 'Band', span: cover(nodeSpan(node, lastBound.span.start), value.span), lower, upper, value }];
}

const keywordOf = new Map<TokenType, Bound['keyword']>([
  [t.From, 'from'],
  [t.Above, 'above'],
  [t.Below, 'below'],
  [t.Up, 'up to'],
]);

function bound(ctx: AstContext, node: LowerBoundCstNode | UpperBoundCstNode | undefined): Bound | null {
  if (node === undefined) return null;
  const keywords: IToken[] = realTokens(node.children.keyword);
  const head = keywords[0];
  const keyword = head === undefined ? undefined : keywordOf.get(head.tokenType);
  if (head === undefined || keyword === undefined) return null;
  const anchor = after(keywords[keywords.length - 1], tokenEnd(head));
  const value = expression(ctx, first(node.children.value), anchor);
  return {
    kind: 'Bound',
    span: cover(nodeSpan(node, anchor), value.span),
    keyword,
    inclusive: keyword === 'from' || keyword === 'up to',
    value,
  };
}

function bandValue(ctx: AstContext, node: BandValueCstNode | undefined, anchor: number): BandValue {
  const c = node?.children ?? {};
  const linear = real(first(c.Linear));
  if (linear !== undefined) {
    const from = expression(ctx, first(c.from), tokenEnd(linear));
    const to = expression(ctx, first(c.to), after(first(c.To), from.span.end));
    return { kind: 'LinearValue', span: cover(tokenSpan(linear), to.span), from, to };
  }
  const slopeToken = real(first(c.Slope));
  if (slopeToken !== undefined) {
    const slope = expression(ctx, first(c.slope), tokenEnd(slopeToken));
    return { kind: 'SlopeValue', span: cover(tokenSpan(slopeToken), slope.span), slope };
  }
  const value = expression(ctx, first(c.value), anchor);
  return { kind: 'ConstantValue', span: value.span, value };
}
