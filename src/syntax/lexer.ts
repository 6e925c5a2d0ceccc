/**
 * Text → tokens. Never throws: characters no token matches become PP1001 and are dropped, and
 * literals that the loose patterns in tokens.ts accepted but that are not well formed are reported
 * here (PP1002 text, PP1003 number grouping, PP1004 date) while their token is kept, so that the
 * parser sees a value where the author meant one and reports nothing more.
 */
import { Lexer, type IToken } from 'chevrotain';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../text/source-file.js';
import { span, type Span } from '../text/span.js';
import { allTokens, DateLiteral, MoneyLiteral, NumberLiteral, PercentLiteral, StringLiteral } from './tokens.js';
import { tokenSpan } from './token-span.js';

export interface LexResult {
  readonly tokens: IToken[];
  readonly comments: IToken[];
  readonly diagnostics: Diagnostic[];
}

const lexer = new Lexer(allTokens, {
  positionTracking: 'full',
  recoveryEnabled: true,
  ensureOptimizations: false,
});

/** Characters that are usually a slip with a known fix: quotes pasted from a document, a spaced `%`. */
const characterHelp: readonly (readonly [RegExp, string])[] = [
  [/^[“”„‟«»]+$/, 'write text in straight double quotes, as in `"Q3 SPIFF"`'],
  [/^%$/, 'write a percentage with its number, without a space, as in `5%`'],
];

/** Digits in groups of three after the first comma, or no commas at all. */
const wellGroupedNumber = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const terminatedString = /^"(?:[^"\\\r\n]|\\.)*"$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function lex(file: SourceFile): LexResult {
  const result = lexer.tokenize(file.text);
  const diagnostics = result.errors.map((error) => {
    const at = span(error.offset, error.offset + error.length);
    const text = file.text.slice(at.start, at.end);
    const help = characterHelp.find(([pattern]) => pattern.test(text))?.[1];
    return createDiagnostic('PP1001', at, { text }, help === undefined ? {} : { help });
  });
  for (const token of result.tokens) {
    const problem = literalProblem(token);
    if (problem !== undefined) diagnostics.push(problem);
  }
  return { tokens: result.tokens, comments: result.groups['comments'] ?? [], diagnostics };
}

function literalProblem(token: IToken): Diagnostic | undefined {
  const at = tokenSpan(token);
  const text = token.image;
  switch (token.tokenType) {
    case MoneyLiteral:
      return wellGroupedNumber.test(text.slice(1)) ? undefined : createDiagnostic('PP1003', at, { text });
    case PercentLiteral:
      return wellGroupedNumber.test(text.slice(0, -1)) ? undefined : createDiagnostic('PP1003', at, { text });
    case NumberLiteral:
      return wellGroupedNumber.test(text) ? undefined : numberProblem(at, text);
    case DateLiteral:
      return isValidDate(text) ? undefined : createDiagnostic('PP1004', at, { text });
    case StringLiteral:
      return terminatedString.test(text) ? undefined : createDiagnostic('PP1002', at);
    default:
      return undefined;
  }
}

/** `max(1,2)` is read as one badly grouped number; the help says how to write two values. */
function numberProblem(at: Span, text: string): Diagnostic {
  return createDiagnostic('PP1003', at, { text }, {
    help: 'group thousands in threes, as in `1,000,000`; to write separate values, put a space after each comma',
  });
}

function isValidDate(text: string): boolean {
  const parts = isoDate.exec(text);
  if (parts === null) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}
