/**
 * Semantic tokens: what each word of the file is, beyond what a TextMate grammar can tell: money
 * and percentages, and names by what they name (input, definition, component, enum member…),
 * with the declaring occurrence marked. Tokens come in source order and never span lines.
 */
import { tokenMatcher } from 'chevrotain';
import { lex } from '../syntax/lexer.js';
import * as t from '../syntax/tokens.js';
import type { Span } from '../text/span.js';
import { fileOccurrences, type SymbolKind } from './symbols.js';
import type { WorkspaceIndex } from './workspace.js';

export const TOKEN_TYPES = [
  'keyword',
  'comment',
  'string',
  'number',
  'money',
  'percent',
  'type',
  'plan',
  'input',
  'let',
  'component',
  'bonus',
  'enum',
  'member',
  'record',
  'field',
  'local',
  'builtin',
  'function',
] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];

export const TOKEN_MODIFIERS = ['declaration'] as const;

export interface SemanticToken {
  readonly span: Span;
  readonly type: TokenType;
  readonly declaration: boolean;
}

const BY_SYMBOL: Readonly<Record<SymbolKind, TokenType>> = {
  plan: 'plan',
  input: 'input',
  let: 'let',
  component: 'component',
  bonus: 'bonus',
  enum: 'enum',
  member: 'member',
  record: 'record',
  field: 'field',
  local: 'local',
  builtin: 'builtin',
  function: 'function',
};

const TYPE_NAMES = new Set(['Money', 'Percent', 'Number', 'Count', 'Date', 'Bool', 'Text']);

export function semanticTokens(index: WorkspaceIndex, uri: string): SemanticToken[] {
  const program = index.get(uri);
  if (!program) return [];
  const byStart = new Map(fileOccurrences(index, uri).map((o) => [o.span.start, o]));
  const out: SemanticToken[] = program.syntax.comments.map((c) => ({ span: c.span, type: 'comment', declaration: false }));
  for (const token of lex(program.file).tokens) {
    if (!Number.isFinite(token.startOffset)) continue;
    const span = { start: token.startOffset, end: token.startOffset + token.image.length };
    const type = classify(token, byStart.get(span.start));
    if (type) out.push({ span, type: type.type, declaration: type.declaration });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function classify(token: ReturnType<typeof lex>['tokens'][number], occurrence: ReturnType<typeof fileOccurrences>[number] | undefined): { type: TokenType; declaration: boolean } | null {
  const plain = (type: TokenType) => ({ type, declaration: false });
  if (occurrence && occurrence.span.end === token.startOffset + token.image.length) {
    return { type: BY_SYMBOL[occurrence.symbol.kind], declaration: occurrence.declaration };
  }
  switch (token.tokenType) {
    case t.MoneyLiteral:
      return plain('money');
    case t.PercentLiteral:
      return plain('percent');
    case t.NumberLiteral:
    case t.DateLiteral:
      return plain('number');
    case t.StringLiteral:
      return plain('string');
    case t.Identifier:
      return TYPE_NAMES.has(token.image) ? plain('type') : null;
    default:
      return tokenMatcher(token, t.Keyword) ? plain('keyword') : null;
  }
}
