/**
 * Literal tokens → literal nodes, keeping values as exact decimal strings: grouping commas,
 * currency symbols and `%` are dropped, and nothing is converted to a JavaScript number. A
 * malformed literal (already reported by the lexer) still becomes a node, so nothing cascades.
 */
import type { IToken } from 'chevrotain';
import type { Expr, StringLiteral } from '../ast.js';
import * as t from '../tokens.js';
import { span } from '../../text/span.js';
import { tokenSpan } from '../token-span.js';
import { real } from './context.js';

const currencyBySymbol: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

export function literal(token: IToken): Expr {
  const at = tokenSpan(token);
  const text = token.image;
  switch (token.tokenType) {
    case t.NumberLiteral:
      return { kind: 'Number', span: at, value: digits(text) };
    case t.PercentLiteral:
      return { kind: 'Percent', span: at, value: digits(text.slice(0, -1)) };
    case t.MoneyLiteral:
      return { kind: 'Money', span: at, amount: digits(text.slice(1)), currency: currencyBySymbol[text.charAt(0)] ?? 'USD' };
    case t.DateLiteral:
      return { kind: 'Date', span: at, value: text };
    case t.True:
      return { kind: 'Bool', span: at, value: true };
    case t.False:
      return { kind: 'Bool', span: at, value: false };
    default:
      return stringLiteral(token);
  }
}

export function stringLiteral(token: IToken): StringLiteral {
  return { kind: 'String', span: tokenSpan(token), value: unquote(token.image) };
}

/** A quoted name (of a plan, test or bonus) that recovery lost reads as empty text where it belonged. */
export function nameOrEmpty(token: IToken | undefined, anchor: number): StringLiteral {
  const found = real(token);
  return found === undefined ? { kind: 'String', span: span(anchor, anchor), value: '' } : stringLiteral(found);
}

function digits(text: string): string {
  return text.replaceAll(',', '');
}

/** Drops the quotes (an unterminated string has only the opening one) and undoes `\"` and `\\`. */
function unquote(image: string): string {
  const body = image.slice(1);
  let value = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch === '\\' && i + 1 < body.length) {
      const next = body.charAt(i + 1);
      value += next === '"' || next === '\\' ? next : ch + next;
      i++;
    } else if (ch === '"' && i === body.length - 1) {
      break;
    } else {
      value += ch;
    }
  }
  return value;
}
