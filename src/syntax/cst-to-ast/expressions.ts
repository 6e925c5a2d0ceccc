/**
 * Expression CST → AST. Each precedence level arrives as `operands` and `operators` in source
 * order and is folded to the left, so `a - b - c` is `((a - b) - c)`. An operand that recovery
 * dropped becomes a `Missing` node right after its operator.
 */
import type { IToken } from 'chevrotain';
import { cover } from '../../text/span.js';
import type { BinaryOp, Expr, RecordField, RecordLiteral } from '../ast.js';
import type {
  AdditiveExpressionCstNode, AndExpressionCstNode, ComparisonCstNode, ExpressionCstNode, IfExpressionCstNode,
  ListLiteralCstNode, MultiplicativeExpressionCstNode, NotExpressionCstNode, PostfixExpressionCstNode,
  PrimaryCstNode, RecordFieldCstNode, RecordLiteralCstNode, UnaryExpressionCstNode,
} from '../cst.generated.js';
import { tokenEnd, tokenSpan } from '../token-span.js';
import { aggregateOrCall } from './calls.js';
import { after, AstContext, first, identifier, isEmpty, missing, nodeSpan, real } from './context.js';
import { literal } from './literals.js';
import { checkCommas, firstToken } from './separators.js';

export function expression(ctx: AstContext, node: ExpressionCstNode | undefined, anchor: number): Expr {
  if (node === undefined || isEmpty(node)) return missing(anchor);
  return fold(ctx, node.children.operands, node.children.operators, anchor, andExpression);
}

function andExpression(ctx: AstContext, node: AndExpressionCstNode | undefined, anchor: number): Expr {
  if (node === undefined || isEmpty(node)) return missing(anchor);
  return fold(ctx, node.children.operands, node.children.operators, anchor, notExpression);
}

function notExpression(ctx: AstContext, node: NotExpressionCstNode | undefined, anchor: number): Expr {
  if (node === undefined || isEmpty(node)) return missing(anchor);
  const not = real(first(node.children.Not));
  if (not === undefined) return comparison(ctx, first(node.children.comparison), anchor);
  const operand = notExpression(ctx, first(node.children.negated), tokenEnd(not));
  return { kind: 'Unary', span: cover(tokenSpan(not), operand.span), op: 'not', operand };
}

/** Comparisons do not chain: `a < b < c` is reported, then read as `((a < b) < c)`. */
function comparison(ctx: AstContext, node: ComparisonCstNode | undefined, anchor: number): Expr {
  if (node === undefined || isEmpty(node)) return missing(anchor);
  const second = real(node.children.operators?.[1]);
  if (second !== undefined) {
    ctx.report('PP1102', tokenSpan(second), { found: `\`${second.image}\`` },
      'comparisons do not chain: join two of them with `and`, as in `a < b and b < c`');
  }
  return fold(ctx, node.children.operands, node.children.operators, anchor, additiveExpression);
}

export function additiveExpression(ctx: AstContext, node: AdditiveExpressionCstNode | undefined, anchor: number): Expr {
  if (node === undefined || isEmpty(node)) return missing(anchor);
  return fold(ctx, node.children.operands, node.children.operators, anchor, multiplicativeExpression);
}

function multiplicativeExpression(ctx: AstContext, node: MultiplicativeExpressionCstNode | undefined, anchor: number): Expr {
  if (node === undefined || isEmpty(node)) return missing(anchor);
  return fold(ctx, node.children.operands, node.children.operators, anchor, unaryExpression);
}

function unaryExpression(ctx: AstContext, node: UnaryExpressionCstNode | undefined, anchor: number): Expr {
  if (node === undefined || isEmpty(node)) return missing(anchor);
  const minus = real(first(node.children.Minus));
  if (minus === undefined) return postfixExpression(ctx, first(node.children.postfixExpression), anchor);
  const operand = unaryExpression(ctx, first(node.children.negated), tokenEnd(minus));
  return { kind: 'Unary', span: cover(tokenSpan(minus), operand.span), op: '-', operand };
}

type Level<N> = (ctx: AstContext, node: N | undefined, anchor: number) => Expr;

function fold<N>(ctx: AstContext, operands: readonly N[] | undefined, operators: readonly IToken[] | undefined, anchor: number, level: Level<N>): Expr {
  let result = level(ctx, first(operands), anchor);
  (operators ?? []).forEach((operator, i) => {
    const op = real(operator);
    if (op === undefined) return;
    const right = level(ctx, operands?.[i + 1], tokenEnd(op));
    const opSpan = tokenSpan(op);
    result = {
      kind: 'Binary',
      span: cover(cover(result.span, opSpan), right.span),
      op: op.image as BinaryOp,
      opSpan,
      left: result,
      right,
    };
  });
  return result;
}

function postfixExpression(ctx: AstContext, node: PostfixExpressionCstNode | undefined, anchor: number): Expr {
  if (node === undefined || isEmpty(node)) return missing(anchor);
  let result = primary(ctx, first(node.children.primary), anchor);
  for (const token of node.children.properties ?? []) {
    const property = identifier(token);
    // A dot with no name after it was reported by the parser; keep what came before it.
    if (property === undefined) break;
    result = { kind: 'Member', span: cover(result.span, property.span), object: result, property };
  }
  return result;
}

function primary(ctx: AstContext, node: PrimaryCstNode | undefined, anchor: number): Expr {
  if (node === undefined || isEmpty(node)) return missing(anchor);
  const c = node.children;
  const literalToken = real(first(c.literal));
  if (literalToken !== undefined) return literal(literalToken);
  const name = real(first(c.name));
  if (name !== undefined) return { kind: 'Name', span: tokenSpan(name), name: name.image };
  if (c.call) return aggregateOrCall(ctx, c.call[0]!, anchor);
  if (c.ifExpression) return ifExpression(ctx, c.ifExpression[0]!, anchor);
  if (c.recordLiteral) return recordLiteral(ctx, c.recordLiteral[0]!, anchor);
  if (c.listLiteral) return listLiteral(ctx, c.listLiteral[0]!, anchor);
  const paren = first(c.parenExpression);
  if (paren === undefined) return missing(anchor);
  const inner = expression(ctx, first(paren.children.inner), after(first(paren.children.LParen), anchor));
  return { kind: 'Paren', span: nodeSpan(paren, anchor), inner };
}

function ifExpression(ctx: AstContext, node: IfExpressionCstNode, anchor: number): Expr {
  const c = node.children;
  const condition = expression(ctx, first(c.condition), after(first(c.If), anchor));
  const then = expression(ctx, first(c.then), after(first(c.Then), condition.span.end));
  const otherwise = expression(ctx, first(c.else), after(first(c.Else), then.span.end));
  return { kind: 'If', span: nodeSpan(node, anchor), condition, then, else: otherwise };
}

export function recordLiteral(ctx: AstContext, node: RecordLiteralCstNode, anchor: number): RecordLiteral {
  const fieldNodes = node.children.fields ?? [];
  checkCommas(ctx, fieldNodes.map(firstToken), node.children.Comma);
  const fields = fieldNodes.flatMap((field) => recordField(ctx, field));
  return { kind: 'RecordLiteral', span: nodeSpan(node, anchor), fields };
}

function recordField(ctx: AstContext, node: RecordFieldCstNode): RecordField[] {
  const name = identifier(first(node.children.name));
  if (name === undefined) return [];
  const value = expression(ctx, first(node.children.value), after(first(node.children.Colon), name.span.end));
  return [{ kind: 'RecordField', span: cover(name.span, value.span), name, value }];
}

function listLiteral(ctx: AstContext, node: ListLiteralCstNode, anchor: number): Expr {
  const start = after(first(node.children.LBracket), anchor);
  const itemNodes = node.children.items ?? [];
  checkCommas(ctx, itemNodes.map(firstToken), node.children.Comma);
  const items = itemNodes.map((item) => expression(ctx, item, start));
  return { kind: 'ListLiteral', span: nodeSpan(node, anchor), items };
}
