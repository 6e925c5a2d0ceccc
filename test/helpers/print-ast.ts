/**
 * Prints an expression compactly, with every compound node in parentheses so that precedence is
 * visible: `1 + 2 * 3` prints as `(1 + (2 * 3))`. Literals print as written without grouping
 * commas (`$100000`, `75%`), a parenthesised expression the author wrote prints as `paren(…)`,
 * and a Missing node as `?`.
 */
import type { Expr } from '../../src/syntax/ast.js';

const symbols: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

export function printExpr(e: Expr): string {
  switch (e.kind) {
    case 'Number':
      return e.value;
    case 'Percent':
      return `${e.value}%`;
    case 'Money':
      return `${symbols[e.currency] ?? e.currency}${e.amount}`;
    case 'Date':
      return e.value;
    case 'String':
      return JSON.stringify(e.value);
    case 'Bool':
      return String(e.value);
    case 'Name':
      return e.name;
    case 'Member':
      return `${printExpr(e.object)}.${e.property.name}`;
    case 'Unary':
      return e.op === 'not' ? `(not ${printExpr(e.operand)})` : `(-${printExpr(e.operand)})`;
    case 'Binary':
      return `(${printExpr(e.left)} ${e.op} ${printExpr(e.right)})`;
    case 'If':
      return `(if ${printExpr(e.condition)} then ${printExpr(e.then)} else ${printExpr(e.else)})`;
    case 'Call':
      return `${e.callee.name}(${e.args.map(printExpr).join(', ')})`;
    case 'Aggregate': {
      const head = e.value === null ? '' : `${printExpr(e.value)} for `;
      const filter = e.filter === null ? '' : ` where ${printExpr(e.filter)}`;
      return `${e.fn}(${head}${e.variable.name} in ${printExpr(e.list)}${filter})`;
    }
    case 'RecordLiteral':
      return `{${e.fields.map((f) => `${f.name.name}: ${printExpr(f.value)}`).join(', ')}}`;
    case 'ListLiteral':
      return `[${e.items.map(printExpr).join(', ')}]`;
    case 'Paren':
      return `paren(${printExpr(e.inner)})`;
    case 'Missing':
      return '?';
  }
}
