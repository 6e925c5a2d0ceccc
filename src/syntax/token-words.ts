/**
 * How error messages name tokens, in the words of a plan's author: "`}`", "a name", "the amount
 * `$5,00`", "the end of the file". Never a token-type name such as `RCurly`.
 */
import { EOF, tokenLabel, type IToken, type TokenType } from 'chevrotain';
import * as t from './tokens.js';

const literalNouns = new Map<TokenType, string>([
  [t.Identifier, 'the name'],
  [t.MoneyLiteral, 'the amount'],
  [t.PercentLiteral, 'the percentage'],
  [t.NumberLiteral, 'the number'],
  [t.DateLiteral, 'the date'],
  [t.StringLiteral, 'the text'],
]);

/** The token that was found, quoting what the author wrote. */
export function describeFound(token: IToken): string {
  if (token.tokenType === EOF) return 'the end of the file';
  const noun = literalNouns.get(token.tokenType);
  // A message quotes a long token (a 10,000-character text) by its start: the range shows the rest.
  const image = token.image.length > MAX_QUOTED ? `${token.image.slice(0, MAX_QUOTED - 1)}…` : token.image;
  return noun === undefined ? `\`${image}\`` : `${noun} \`${image}\``;
}

const MAX_QUOTED = 40;

/** A kind of token the grammar wanted. */
export function describeExpected(tokenType: TokenType): string {
  return tokenType === EOF ? 'the end of the file' : tokenLabel(tokenType);
}

/** "`a`, `b` or `c`", without repeats. */
export function oneOf(descriptions: readonly string[]): string {
  const unique = [...new Set(descriptions)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} or ${unique[unique.length - 1]}`;
}
