/**
 * Components and their items. A commission whose mode recovery lost is kept as a flat commission
 * at a `Missing` rate, so the component still has its payout rule and later stages do not add a
 * second, misleading error about it.
 */
import type { TokenType } from 'chevrotain';
import { cover, span } from '../../text/span.js';
import type { CommissionItem, CommissionMode, ComponentDecl, ComponentItem, EachClause } from '../ast.js';
import type { CommissionItemCstNode, ComponentDeclCstNode, ComponentItemCstNode, EachClauseCstNode } from '../cst.generated.js';
import * as t from '../tokens.js';
import { tokenEnd, tokenSpan } from '../token-span.js';
import { bandTable } from './bands.js';
import { after, AstContext, first, identifier, isEmpty, nodeSpan, real, realTokens } from './context.js';
import { expression } from './expressions.js';
import { allowItem, capItem, floorItem, keywordValue, wrap } from './shared-items.js';

export function componentDecl(ctx: AstContext, node: ComponentDeclCstNode): ComponentDecl[] {
  const c = node.children;
  const name = identifier(first(c.name));
  if (name === undefined) return [];
  const weightToken = real(first(c.Weight));
  const weight = weightToken === undefined ? null : expression(ctx, first(c.weight), tokenEnd(weightToken));
  const items = (c.componentItem ?? []).flatMap((item) => componentItem(ctx, item));
  const cumulative = real(first(c.Cumulative)) !== undefined;
  return [{ kind: 'Component', span: nodeSpan(node, name.span.end), name, weight, cumulative, items }];
}

function componentItem(ctx: AstContext, node: ComponentItemCstNode): ComponentItem[] {
  const c = node.children;
  if (c.attainmentItem) return wrap(keywordValue(ctx, c.attainmentItem[0]!), (item) => ({ kind: 'Attainment', ...item }));
  if (c.gateItem) return wrap(keywordValue(ctx, c.gateItem[0]!), (item) => ({ kind: 'Gate', span: item.span, condition: item.value }));
  if (c.commissionItem) return commissionItem(ctx, c.commissionItem[0]!);
  if (c.capItem) return capItem(ctx, c.capItem[0]!);
  if (c.floorItem) return floorItem(ctx, c.floorItem[0]!);
  if (c.allowItem) return allowItem(c.allowItem[0]!);
  const payout = first(c.payoutItem);
  if (payout === undefined || isEmpty(payout)) return [];
  if (real(first(payout.children.Curve)) === undefined) return wrap(keywordValue(ctx, payout), (item) => ({ kind: 'Payout', ...item }));
  return [{ kind: 'Curve', span: nodeSpan(payout, 0), bands: bandTable(ctx, first(payout.children.table)) }];
}

const modeOf = new Map<TokenType, CommissionMode>([
  [t.At, 'flat'],
  [t.Marginal, 'marginal'],
  [t.Retroactive, 'retroactive'],
  [t.By, 'lookup'],
  [t.Pro, 'pro-rata'],
]);

function commissionItem(ctx: AstContext, node: CommissionItemCstNode): CommissionItem[] {
  const c = node.children;
  const commission = real(first(c.Commission));
  if (commission === undefined) return [];
  const eachNode = first(c.eachClause);
  const each = eachNode === undefined ? null : eachClause(ctx, eachNode);
  const on = real(first(c.On));
  const base = expression(ctx, first(c.base), after(on, each?.span.end ?? tokenEnd(commission)));
  const running = real(first(c.Running)) !== undefined;
  const modeTokens = realTokens(c.mode);
  const head = modeTokens[0];
  const mode: CommissionMode = (head === undefined ? undefined : modeOf.get(head.tokenType)) ?? 'flat';
  const modeSpan = head === undefined
    ? span(base.span.end, base.span.end)
    : cover(tokenSpan(head), tokenSpan(modeTokens[modeTokens.length - 1]!));
  const rate = mode === 'flat' ? expression(ctx, first(c.rate), modeSpan.end) : null;
  const key = mode === 'lookup' ? expression(ctx, first(c.key), modeSpan.end) : null;
  const bands = mode === 'flat' ? [] : bandTable(ctx, first(c.table));
  return [{ kind: 'Commission', span: nodeSpan(node, modeSpan.end), each, base, running, mode, modeSpan, rate, key, bands }];
}

function eachClause(ctx: AstContext, node: EachClauseCstNode): EachClause | null {
  const c = node.children;
  const variable = identifier(first(c.variable));
  if (variable === undefined) return null;
  const list = expression(ctx, first(c.list), after(first(c.In), variable.span.end));
  const where = real(first(c.Where));
  const filter = where === undefined ? null : expression(ctx, first(c.filter), tokenEnd(where));
  return { kind: 'Each', span: nodeSpan(node, variable.span.end), variable, list, filter };
}
