/**
 * Decides whether a closer the parser missed means a block was left open, and finds its `{`, `(`
 * or `[`, so that "this `{` is never closed" underlines the opener instead of the token where the
 * parser noticed (often the end of the file, far away).
 */
import { EOF, type IToken, type TokenType } from 'chevrotain';
import * as t from './tokens.js';

const closers = new Map<TokenType, TokenType>([
  [t.LCurly, t.RCurly],
  [t.LParen, t.RParen],
  [t.LBracket, t.RBracket],
]);
const openers = new Map<TokenType, TokenType>([...closers].map(([open, close]) => [close, open]));

export function isCloser(tokenType: TokenType): boolean {
  return openers.has(tokenType);
}

export function closerOf(opener: IToken): string {
  return String(closers.get(opener.tokenType)?.PATTERN ?? '}');
}

// The first tokens of items, by block. Meeting the start of an item of an enclosing block where a
// closer was due suggests that the inner block was left open.
const fileStarts = [t.Plan, t.Test];
const planStarts = [t.Currency, t.Period, t.Fiscal, t.Ote, t.Mix, t.Rounding, t.Enum, t.Record, t.Input, t.Let, t.Component, t.Bonus, t.Cap, t.Floor];
const componentStarts = [t.Attainment, t.Gate, t.Payout, t.Commission, t.Cap, t.Floor];
const testStarts = [t.Given, t.Expect];
const topLevel = new Set<TokenType>(fileStarts);
const leavingByRule: Readonly<Record<string, ReadonlySet<TokenType>>> = {
  planDecl: topLevel,
  testDecl: topLevel,
  componentDecl: new Set([...fileStarts, ...planStarts]),
  bandTable: new Set([...fileStarts, ...planStarts, ...componentStarts]),
};
const leavingAnything = new Set([...fileStarts, ...planStarts, ...componentStarts, ...testStarts]);

/**
 * The openers to blame when `found` stood where `closer` was due in grammar rule `ruleName`, given
 * the openers already blamed. At the end of the file or the start of a new plan or test, every
 * block still open was left open. At the start of an item of an enclosing block, or at a closer of
 * an enclosing block, the innermost block that `closer` would close was left open, provided the
 * file really lacks a closer somewhere out there: with brackets balanced, `found` is rather an item
 * put in the wrong block. Otherwise there is none to blame: `found` is simply out of place.
 */
export function leftOpen(
  ruleName: string,
  closer: TokenType,
  found: IToken,
  tokens: readonly IToken[],
  blamed: ReadonlySet<IToken>,
): IToken[] {
  const index = found.tokenType === EOF ? tokens.length : tokens.indexOf(found);
  const open = openBefore(tokens, index).filter((opener) => !blamed.has(opener));
  if (found.tokenType === EOF || topLevel.has(found.tokenType)) return open;
  const leaving = leavingByRule[ruleName] ?? leavingAnything;
  const closesOuter = isCloser(found.tokenType) && innermostOpen(tokens, index, found.tokenType) !== undefined;
  if (!closesOuter && !leaving.has(found.tokenType)) return [];
  const unclosed = neverClosed(tokens);
  if (!open.some((opener) => unclosed.has(opener))) return [];
  const opener = innermostOpen(tokens, index, closer);
  return opener === undefined || blamed.has(opener) ? [] : [opener];
}

/**
 * Scans brackets up to token index `end`. `open` holds the openers still open there, outermost
 * first; `unclosed` every opener that got no closer of its own before `end`, including those a
 * closer of an enclosing block skipped over. A closer pops back to its own opener, so one stray
 * `)` does not shift the blame onto every bracket before it, and a closer with no opener is ignored.
 */
function scan(tokens: readonly IToken[], end: number): { open: IToken[]; unclosed: Set<IToken> } {
  const open: IToken[] = [];
  const unclosed = new Set<IToken>();
  for (const token of tokens.slice(0, end)) {
    if (closers.has(token.tokenType)) {
      open.push(token);
      continue;
    }
    const opener = openers.get(token.tokenType);
    if (opener === undefined) continue;
    const match = open.map((o) => o.tokenType).lastIndexOf(opener);
    if (match < 0) continue;
    for (const skipped of open.slice(match + 1)) unclosed.add(skipped);
    open.length = match;
  }
  for (const token of open) unclosed.add(token);
  return { open, unclosed };
}

/** The openers still open before token index `end`, outermost first. */
function openBefore(tokens: readonly IToken[], end: number): IToken[] {
  return scan(tokens, end).open;
}

/**
 * Openers still open at the end of the file that no error has blamed: recovery may reach the end
 * without ever asking for their closers. No more are returned than the file lacks closers, since an
 * error may already have blamed a block that a later stray closer seems to close.
 */
export function unblamedAtEnd(tokens: readonly IToken[], blamed: ReadonlySet<IToken>): IToken[] {
  const lacking = neverClosed(tokens).size - blamed.size;
  const open = openBefore(tokens, tokens.length).filter((opener) => !blamed.has(opener));
  return open.reverse().slice(0, Math.max(0, lacking));
}

/** Every opener in the file that never gets a closer of its own. */
function neverClosed(tokens: readonly IToken[]): ReadonlySet<IToken> {
  return scan(tokens, tokens.length).unclosed;
}

/** The innermost opener that `closer` would close, among those open before `end`. */
function innermostOpen(tokens: readonly IToken[], end: number, closer: TokenType): IToken | undefined {
  const wanted = openers.get(closer);
  return openBefore(tokens, end).reverse().find((token) => token.tokenType === wanted);
}
