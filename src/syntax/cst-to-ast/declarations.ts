/**
 * Declarations: enums, records and their fields, types, inputs with constraints, `let` and
 * bonuses. A declaration whose name recovery lost is dropped (nothing could refer to it); a lost
 * type becomes `MissingType` and a lost value `Missing`.
 */
import { cover, span } from '../../text/span.js';
import type { BonusDecl, Constraint, EnumDecl, FieldDecl, InputDecl, LetDecl, RecordDecl, TypeRef } from '../ast.js';
import type {
  BonusDeclCstNode, ConstraintCstNode, EnumDeclCstNode, FieldDeclCstNode, InputDeclCstNode, LetDeclCstNode,
  RecordDeclCstNode, TypeRefCstNode,
} from '../cst.generated.js';
import * as t from '../tokens.js';
import { tokenEnd, tokenSpan } from '../token-span.js';
import { after, AstContext, first, identifier, isEmpty, nodeSpan, real } from './context.js';
import { additiveExpression, expression } from './expressions.js';
import { stringLiteral } from './literals.js';
import { checkCommas, firstToken } from './separators.js';

export function enumDecl(ctx: AstContext, node: EnumDeclCstNode): EnumDecl[] {
  const name = identifier(first(node.children.name));
  if (name === undefined) return [];
  checkCommas(ctx, node.children.members ?? [], node.children.Comma);
  const members = (node.children.members ?? []).flatMap((token) => identifier(token) ?? []);
  return [{ kind: 'Enum', span: nodeSpan(node, name.span.end), name, members }];
}

export function recordDecl(ctx: AstContext, node: RecordDeclCstNode): RecordDecl[] {
  const name = identifier(first(node.children.name));
  if (name === undefined) return [];
  const fieldNodes = node.children.fields ?? [];
  checkCommas(ctx, fieldNodes.map(firstToken), node.children.Comma);
  const fields = fieldNodes.flatMap((field) => fieldDecl(ctx, field));
  return [{ kind: 'Record', span: nodeSpan(node, name.span.end), name, fields }];
}

function fieldDecl(ctx: AstContext, node: FieldDeclCstNode): FieldDecl[] {
  const c = node.children;
  const name = identifier(first(c.name));
  if (name === undefined) return [];
  const type = typeRef(first(c.type), after(first(c.Colon), name.span.end));
  const equals = real(first(c.Equals));
  const defaultValue = equals === undefined ? null : expression(ctx, first(c.default), tokenEnd(equals));
  const again = real(c.Equals?.[1]);
  if (again !== undefined) ctx.report('PP1102', tokenSpan(again), { found: '`=`' }, 'a field has one default: keep one of them');
  const constraintNode = first(c.constraint);
  const rule = constraintNode === undefined ? null : constraint(ctx, constraintNode);
  return [{ kind: 'Field', span: cover(nodeSpan(node, name.span.end), type.span), name, type, default: defaultValue, constraint: rule }];
}

function typeRef(node: TypeRefCstNode | undefined, anchor: number): TypeRef {
  if (node === undefined || isEmpty(node)) return { kind: 'MissingType', span: span(anchor, anchor) };
  const c = node.children;
  const at = nodeSpan(node, anchor);
  const list = real(first(c.List));
  if (list !== undefined) {
    const element = typeRef(first(c.element), after(first(c.Of), tokenEnd(list)));
    return { kind: 'ListType', span: cover(at, element.span), element };
  }
  const names = (c.names ?? []).flatMap((token) => identifier(token) ?? []);
  const head = names[0];
  if (head === undefined) return { kind: 'MissingType', span: span(anchor, anchor) };
  if (names.length > 1) return { kind: 'InlineEnumType', span: at, members: names };
  return { kind: 'NamedType', span: at, name: head, currency: identifier(first(c.currency)) ?? null };
}

export function inputDecl(ctx: AstContext, node: InputDeclCstNode): InputDecl[] {
  const c = node.children;
  const name = identifier(first(c.name));
  if (name === undefined) return [];
  const type = typeRef(first(c.type), after(first(c.Colon), name.span.end));
  const perYear = real(first(c.Per)) !== undefined;
  const equals = real(first(c.Equals));
  const defaultValue = equals === undefined ? null : expression(ctx, first(c.default), tokenEnd(equals));
  const again = real(c.Equals?.[1]);
  if (again !== undefined) ctx.report('PP1102', tokenSpan(again), { found: '`=`' }, 'an input has one default: keep one of them');
  const constraintNode = first(c.constraint);
  const rule = constraintNode === undefined ? null : constraint(ctx, constraintNode);
  const at = nodeSpan(node, name.span.end);
  return [{ kind: 'Input', span: cover(at, type.span), name, type, perYear, default: defaultValue, constraint: rule }];
}

function constraint(ctx: AstContext, node: ConstraintCstNode): Constraint | null {
  const c = node.children;
  const rule = real(first(c.rule));
  if (rule === undefined) return null;
  const at = nodeSpan(node, tokenEnd(rule));
  if (rule.tokenType === t.Positive) return { kind: 'Constraint', span: at, rule: 'positive' };
  if (rule.tokenType === t.NonNegative) return { kind: 'Constraint', span: at, rule: 'non-negative' };
  const low = additiveExpression(ctx, first(c.low), tokenEnd(rule));
  const high = additiveExpression(ctx, first(c.high), after(first(c.And), low.span.end));
  return { kind: 'Constraint', span: cover(at, high.span), rule: 'between', low, high };
}

export function letDecl(ctx: AstContext, node: LetDeclCstNode): LetDecl[] {
  const c = node.children;
  const name = identifier(first(c.name));
  if (name === undefined) return [];
  const value = expression(ctx, first(c.value), after(first(c.Equals), name.span.end));
  return [{ kind: 'Let', span: cover(nodeSpan(node, name.span.end), value.span), name, value }];
}

export function bonusDecl(ctx: AstContext, node: BonusDeclCstNode): BonusDecl[] {
  const c = node.children;
  const nameToken = real(first(c.name));
  if (nameToken === undefined) return [];
  const name = stringLiteral(nameToken);
  const amount = expression(ctx, first(c.amount), name.span.end);
  const when = real(first(c.When));
  const condition = when === undefined ? null : expression(ctx, first(c.condition), tokenEnd(when));
  const once = real(first(c.Once)) !== undefined;
  return [{ kind: 'Bonus', span: nodeSpan(node, tokenSpan(nameToken).end), name, amount, condition, once }];
}
