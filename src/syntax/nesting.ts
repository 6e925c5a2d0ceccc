/**
 * The nesting limits, checked over the token stream before parsing. The parser and every walker
 * after it (checker, formatter, code generators, evaluator) recurse on the tree, so a file nested
 * thousands deep would overflow the stack (PP9001). Instead, the first token past a limit is
 * PP1110 and the file is not parsed further:
 *
 * - NESTING_LIMIT levels of nesting: each `(`, `[` and `{` still open, each `if` and each unary `-`
 *   or `not` in the expression around the token counts one;
 * - DEPTH_LIMIT levels in all, where each operator of a chain such as `a + b + c` (which the tree
 *   nests, one level per operator) also counts one.
 *
 * An expression's own counts start again after a `,` and at any keyword that starts an item (`let`,
 * `component`, `expect`, a band's `from`…). The counts are an upper bound on the tree's depth.
 */
import type { IToken, TokenType } from 'chevrotain';
import { tokenMatcher } from 'chevrotain';
import * as t from './tokens.js';

export const NESTING_LIMIT = 32;
export const DEPTH_LIMIT = 256;

export interface TooDeep {
  readonly token: IToken;
  readonly limit: number;
  readonly what: string;
}

interface Level {
  readonly closer: TokenType | null;
  /** `if`s and unary operators of the current expression at this level. */
  nesting: number;
  /** Operators of the current expression at this level. */
  operators: number;
}

/** Keywords that stand inside an expression; any other keyword starts something new. */
const EXPRESSION_WORDS: readonly TokenType[] = [t.If, t.Then, t.Else, t.Not, t.And, t.Or, t.Of, t.For, t.In, t.Where, t.True, t.False, t.Name];
const OPERATORS: readonly TokenType[] = [t.AdditiveOp, t.MultiplicativeOp, t.ComparisonOp, t.And, t.Or, t.Dot];
/** Tokens after which a `-` is binary: the ends of values. */
const VALUE_ENDS: readonly TokenType[] = [
  t.Name, t.Identifier, t.NumberLiteral, t.MoneyLiteral, t.PercentLiteral, t.DateLiteral, t.StringLiteral,
  t.True, t.False, t.RParen, t.RBracket, t.RCurly,
];

const is = (token: IToken, types: readonly TokenType[]) => types.some((type) => tokenMatcher(token, type));

export function firstTooDeep(tokens: readonly IToken[]): TooDeep | null {
  const levels: Level[] = [{ closer: null, nesting: 0, operators: 0 }];
  let brackets = 0;
  let nesting = 0;
  let operators = 0;
  const check = (token: IToken): TooDeep | null => {
    if (brackets + nesting > NESTING_LIMIT) return { token, limit: NESTING_LIMIT, what: 'levels of nesting (brackets, `if` and unary operators)' };
    if (brackets + nesting + operators > DEPTH_LIMIT) return { token, limit: DEPTH_LIMIT, what: 'levels in one expression (brackets, `if`, unary operators and each operator of a chain)' };
    return null;
  };
  const reset = (level: Level) => {
    nesting -= level.nesting;
    operators -= level.operators;
    level.nesting = 0;
    level.operators = 0;
  };
  let previous: IToken | null = null;
  for (const token of tokens) {
    const level = levels[levels.length - 1]!;
    const opener = tokenMatcher(token, t.LParen) ? t.RParen : tokenMatcher(token, t.LBracket) ? t.RBracket : tokenMatcher(token, t.LCurly) ? t.RCurly : null;
    if (opener !== null) {
      levels.push({ closer: opener, nesting: 0, operators: 0 });
      brackets++;
      const deep = check(token);
      if (deep) return deep;
    } else if (tokenMatcher(token, t.RParen) || tokenMatcher(token, t.RBracket) || tokenMatcher(token, t.RCurly)) {
      if (levels.length > 1) {
        reset(level);
        levels.pop();
        brackets--;
      }
    } else if (tokenMatcher(token, t.Comma)) {
      reset(level);
    } else if (tokenMatcher(token, t.If) || tokenMatcher(token, t.Not) || (tokenMatcher(token, t.Minus) && (previous === null || !is(previous, VALUE_ENDS)))) {
      level.nesting++;
      nesting++;
      const deep = check(token);
      if (deep) return deep;
    } else if (is(token, OPERATORS)) {
      level.operators++;
      operators++;
      const deep = check(token);
      if (deep) return deep;
    } else if (tokenMatcher(token, t.Keyword) && !is(token, EXPRESSION_WORDS)) {
      reset(level);
    }
    previous = token;
  }
  return null;
}
