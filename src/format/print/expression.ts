/**
 * Expressions. Long ones break before their operators, with the continuation indented:
 *
 *     let eligible = d.kind == new
 *       and d.amount >= $10,000
 *
 * Parentheses are printed exactly where the author wrote them (the AST keeps them as `Paren`), so
 * the printer never has to decide whether a grouping is needed.
 */
import { doc, type AstPath, type Doc } from 'prettier';
import type {
  AggregateExpr,
  BinaryExpr,
  BinaryOp,
  CallExpr,
  Identifier,
  IfExpr,
  ListLiteral,
  MemberExpr,
  MissingExpr,
  NameRef,
  ParenExpr,
  RecordField,
  RecordLiteral,
  UnaryExpr,
} from '../../syntax/ast.js';
import type { FormatNode, NodePrinter } from '../nodes.js';
import { callStyle, listStyle, printBracketed, recordStyle } from './block.js';

const { group, indent, line, softline } = doc.builders;

/** Binding strength of each operator, loosest first, as in docs/language.md. */
const precedence: Readonly<Record<BinaryOp, number>> = {
  or: 1,
  and: 2,
  '<': 3,
  '<=': 3,
  '>': 3,
  '>=': 3,
  '==': 3,
  '!=': 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
  of: 5,
};

export const printIdentifier = (path: AstPath<Identifier>): Doc => path.node.name;

export const printName = (path: AstPath<NameRef>): Doc => path.node.name;

export const printMember: NodePrinter<MemberExpr> = (_path, _options, print) => [
  print('object'),
  '.',
  print('property'),
];

export const printUnary: NodePrinter<UnaryExpr> = (path, _options, print) =>
  path.node.op === 'not' ? ['not ', print('operand')] : ['-', print('operand')];

/**
 * `a + b - c` is `(a + b) - c` in the AST. The inner operation of a same-strength chain is left
 * ungrouped so the whole chain breaks at once, every operator starting its own line. Directly
 * inside parentheses the chain is not indented: the parentheses already set it apart.
 */
export const printBinary: NodePrinter<BinaryExpr> = (path, _options, print) => {
  const { node, key } = path;
  const parent = path.parent as FormatNode | null;
  const rest = [line, node.op, ' ', print('right')];
  const chain = [print('left'), chainIsParenthesised(path) ? rest : indent(rest)];
  const continuesChain = key === 'left' && parent?.kind === 'Binary' && precedence[parent.op] === precedence[node.op];
  return continuesChain ? chain : group(chain);
};

/** Whether the same-strength chain holding the node at `path` is the whole of a `( … )`. */
function chainIsParenthesised(path: AstPath<BinaryExpr>): boolean {
  let link: BinaryExpr = path.node;
  for (const ancestor of path.ancestors as FormatNode[]) {
    if (ancestor.kind !== 'Binary' || ancestor.left !== link || precedence[ancestor.op] !== precedence[link.op]) {
      return ancestor.kind === 'Paren';
    }
    link = ancestor;
  }
  return false;
}

/** A broken condition is indented further than `then` and `else`, so the three stay apart. */
export const printIf: NodePrinter<IfExpr> = (_path, _options, print) =>
  group(['if ', indent(print('condition')), indent([line, 'then ', print('then'), line, 'else ', print('else')])]);

export const printCall: NodePrinter<CallExpr> = (path, options, print) => [
  print('callee'),
  printBracketed(path, options, callStyle, path.map(print, 'args')),
];

/** `sum(E for x in L where C)` breaks into one clause per line; `count(x in L)` has no `E for`. */
export const printAggregate: NodePrinter<AggregateExpr> = (path, _options, print) => {
  const { node } = path;
  const clauses: Doc[] = [];
  if (node.value !== null) clauses.push(print('value'), line, 'for ');
  clauses.push(print('variable'), ' in ', print('list'));
  if (node.filter !== null) clauses.push(line, 'where ', print('filter'));
  return group([node.fn, '(', indent([softline, ...clauses]), softline, ')']);
};

export const printRecordLiteral: NodePrinter<RecordLiteral> = (path, options, print) =>
  printBracketed(path, options, recordStyle, path.map(print, 'fields'));

export const printRecordField: NodePrinter<RecordField> = (_path, _options, print) => [
  print('name'),
  ': ',
  print('value'),
];

export const printList: NodePrinter<ListLiteral> = (path, options, print) =>
  printBracketed(path, options, listStyle, path.map(print, 'items'));

export const printParen: NodePrinter<ParenExpr> = (_path, _options, print) =>
  group(['(', indent([softline, print('inner')]), softline, ')']);

/** A file with syntax errors is never printed, so a Missing node here is a bug in the caller. */
export const printMissing = (path: AstPath<MissingExpr>): Doc => {
  throw new Error(`cannot format a plan with a missing expression at offset ${path.node.span.start}`);
};
