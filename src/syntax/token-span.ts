/**
 * Token positions as half-open spans. chevrotain's `endOffset` is inclusive (and typed optional),
 * so the end is computed from the start and the image instead; this is exact for every token the
 * lexer produced. Tokens inserted by recovery have NaN offsets and must be filtered out first.
 */
import type { IToken } from 'chevrotain';
import { span, type Span } from '../text/span.js';

export function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

export function tokenSpan(token: IToken): Span {
  return span(token.startOffset, tokenEnd(token));
}
