/** The direct sub-expressions of an expression, for analyses that visit every expression. */
import type { Expr } from '../syntax/ast.js';

export function children(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'Paren':
      return [e.inner];
    case 'Member':
      return [e.object];
    case 'Unary':
      return [e.operand];
    case 'Binary':
      return [e.left, e.right];
    case 'If':
      return [e.condition, e.then, e.else];
    case 'Call':
      return e.args;
    case 'Aggregate':
      return [...(e.value ? [e.value] : []), e.list, ...(e.filter ? [e.filter] : [])];
    case 'RecordLiteral':
      return e.fields.map((f) => f.value);
    case 'ListLiteral':
      return e.items;
    default:
      return [];
  }
}
