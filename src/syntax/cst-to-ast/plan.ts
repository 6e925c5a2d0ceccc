/**
 * The file, its plans and the plan header items (`currency`, `period`, `fiscal year starts`,
 * `ote`, `mix`, `rounding`). Every other plan item is built by the module for its family.
 */
import type { TokenType } from 'chevrotain';
import { span } from '../../text/span.js';
import type { PeriodUnit, PlanDecl, PlanFile, PlanItem, RoundingMode, TestDecl } from '../ast.js';
import type {
  MixItemCstNode, PlanDeclCstNode, PlanFileCstNode, PlanItemCstNode, PeriodItemCstNode, RoundingItemCstNode,
} from '../cst.generated.js';
import * as t from '../tokens.js';
import { tokenEnd, tokenSpan } from '../token-span.js';
import { componentDecl } from './components.js';
import { after, AstContext, first, identifier, isEmpty, nodeSpan, real } from './context.js';
import { bonusDecl, enumDecl, inputDecl, letDecl, recordDecl } from './declarations.js';
import { expression } from './expressions.js';
import { nameOrEmpty } from './literals.js';
import { allowItem, capItem, floorItem, keywordValue, wrap } from './shared-items.js';
import { testDecl } from './tests.js';

export function planFile(ctx: AstContext, node: PlanFileCstNode): PlanFile {
  const items = (node.children.items ?? []).flatMap((item): (PlanDecl | TestDecl)[] =>
    item.name === 'planDecl' ? planDecl(ctx, item) : testDecl(ctx, item));
  return { kind: 'PlanFile', span: span(0, ctx.file.text.length), items };
}

function planDecl(ctx: AstContext, node: PlanDeclCstNode): PlanDecl[] {
  const keyword = real(first(node.children.Plan));
  if (keyword === undefined) return [];
  const name = nameOrEmpty(first(node.children.name), tokenEnd(keyword));
  const items = (node.children.items ?? []).flatMap((item) => planItem(ctx, item));
  return [{ kind: 'Plan', span: nodeSpan(node, 0), name, items }];
}

function planItem(ctx: AstContext, node: PlanItemCstNode): PlanItem[] {
  const c = node.children;
  const currency = first(c.currencyItem);
  if (currency !== undefined) {
    const code = identifier(first(currency.children.code));
    return code === undefined ? [] : [{ kind: 'Currency', span: nodeSpan(currency, 0), code }];
  }
  if (c.periodItem) return periodItem(c.periodItem[0]!);
  if (c.fiscalYearItem) return wrap(keywordValue(ctx, c.fiscalYearItem[0]!), (item) => ({ kind: 'FiscalYear', span: item.span, start: item.value }));
  if (c.oteItem) return wrap(keywordValue(ctx, c.oteItem[0]!), (item) => ({ kind: 'Ote', span: item.span, amount: item.value }));
  if (c.mixItem) return mixItem(ctx, c.mixItem[0]!);
  if (c.roundingItem) return roundingItem(ctx, c.roundingItem[0]!);
  if (c.enumDecl) return enumDecl(ctx, c.enumDecl[0]!);
  if (c.recordDecl) return recordDecl(ctx, c.recordDecl[0]!);
  if (c.inputDecl) return inputDecl(ctx, c.inputDecl[0]!);
  if (c.letDecl) return letDecl(ctx, c.letDecl[0]!);
  if (c.componentDecl) return componentDecl(ctx, c.componentDecl[0]!);
  if (c.bonusDecl) return bonusDecl(ctx, c.bonusDecl[0]!);
  if (c.capItem) return capItem(ctx, c.capItem[0]!);
  if (c.floorItem) return floorItem(ctx, c.floorItem[0]!);
  if (c.allowItem) return allowItem(c.allowItem[0]!);
  return [];
}

const periodUnits = new Map<TokenType, PeriodUnit>([[t.Month, 'month'], [t.Quarter, 'quarter'], [t.Year, 'year']]);

function periodItem(node: PeriodItemCstNode): PlanItem[] {
  const unitToken = real(first(node.children.unit));
  const unit = unitToken === undefined ? undefined : periodUnits.get(unitToken.tokenType);
  if (unitToken === undefined || unit === undefined) return [];
  return [{ kind: 'Period', span: nodeSpan(node, 0), unit, unitSpan: tokenSpan(unitToken) }];
}

function mixItem(ctx: AstContext, node: MixItemCstNode): PlanItem[] {
  if (isEmpty(node)) return [];
  const c = node.children;
  const at = nodeSpan(node, 0);
  const base = expression(ctx, first(c.base), after(first(c.Mix), at.start));
  const variable = expression(ctx, first(c.variable), after(first(c.Slash), after(first(c.Base), base.span.end)));
  return [{ kind: 'Mix', span: at, base, variable }];
}

const roundingModes = new Map<TokenType, RoundingMode>([
  [t.HalfEven, 'half-even'],
  [t.HalfUp, 'half-up'],
  [t.Down, 'down'],
  [t.Up, 'up'],
]);

function roundingItem(ctx: AstContext, node: RoundingItemCstNode): PlanItem[] {
  const c = node.children;
  const modeToken = real(first(c.mode));
  const mode = modeToken === undefined ? undefined : roundingModes.get(modeToken.tokenType);
  if (modeToken === undefined || mode === undefined) return [];
  const to = real(first(c.To));
  const step = to === undefined ? null : expression(ctx, first(c.step), tokenEnd(to));
  return [{ kind: 'Rounding', span: nodeSpan(node, 0), mode, modeSpan: tokenSpan(modeToken), step }];
}
