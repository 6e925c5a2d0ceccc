/**
 * Chevrotain errors → PP11xx diagnostics.
 *
 * chevrotain keeps only a message string on each error, but only the message provider sees what
 * was expected. So the provider chooses the catalog code and arguments, returns the plain-English
 * message, and keeps a note of its choice. chevrotain saves every error the moment its message is
 * built, so the n-th note belongs to the n-th error; `toDiagnostics` pairs them and adds the span.
 * `clearNotes` runs before each parse.
 *
 * Codes are chosen from the rule the parser was in, most specific first: a block that met
 * something it cannot hold (PP1104–PP1106, PP1108, PP1109), a block never closed (PP1107, blamed on
 * its opener), a missing value (PP1103), and otherwise "expected X but found Y" (PP1101).
 */
import {
  EOF, tokenMatcher, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType,
} from 'chevrotain';
import type { DiagnosticCode } from '../diagnostics/catalog.js';
import { createDiagnostic, type Diagnostic, type DiagnosticArgs } from '../diagnostics/diagnostic.js';
import { span, type Span } from '../text/span.js';
import { describeExpected, describeFound, oneOf } from './token-words.js';
import * as t from './tokens.js';
import { tokenEnd, tokenSpan } from './token-span.js';
import { closerOf, isCloser, leftOpen, unblamedAtEnd } from './unclosed-blocks.js';

interface Noted {
  readonly code: DiagnosticCode;
  readonly args: DiagnosticArgs;
  readonly message: string;
  /** When a closer was due: it, and the rule that wanted it, to judge whether a block was left open. */
  readonly due?: { readonly closer: TokenType; readonly ruleName: string };
  /** Replaces the catalog's help when the fix is only known here. */
  readonly help?: string;
}

const notes: Noted[] = [];

function note(code: DiagnosticCode, args: DiagnosticArgs, extra?: Pick<Noted, 'due' | 'help'>): string {
  const message = createDiagnostic(code, span(0, 0), args).message;
  notes.push({ code, args, message, ...extra });
  return message;
}

export function clearNotes(): void {
  notes.length = 0;
}

/** Blocks whose MANY(item) recovery names the block when something cannot stand in it. */
const blockCodes: Readonly<Record<string, DiagnosticCode>> = {
  planFile: 'PP1108',
  planDecl: 'PP1105',
  planItem: 'PP1105',
  componentDecl: 'PP1106',
  bandTable: 'PP1104',
  band: 'PP1104',
  testDecl: 'PP1109',
  testItem: 'PP1109',
};

const valueRules = new Set([
  'expression', 'andExpression', 'notExpression', 'comparison', 'additiveExpression',
  'multiplicativeExpression', 'unaryExpression', 'postfixExpression', 'primary', 'bandValue', 'payoutItem',
]);

/** Where the alternatives' first tokens read badly as a list. */
const expectedWords: Readonly<Record<string, string>> = {
  typeRef: 'a type such as `Money` or `list of Deal`',
  expectItem: 'a component name, `total` or a bonus name in double quotes',
  commissionItem: '`at`, `marginal`, `retroactive`, `by` or `pro rata`',
};

export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, ruleName }) {
    const found = describeFound(actual);
    const wanted = describeExpected(expected);
    if (expected === EOF) return note('PP1108', { found });
    if (expected === t.Identifier && tokenMatcher(actual, t.Keyword)) {
      return note('PP1101', { expected: wanted, found }, { help: reservedWordHelp(actual) });
    }
    if (!isCloser(expected)) return note('PP1101', { expected: wanted, found });
    // Whether the block was left open depends on the tokens around; toDiagnostics decides.
    const code = actual.tokenType === EOF ? 'PP1101' : blockCodes[ruleName] ?? 'PP1101';
    return note(code, { expected: wanted, found }, { due: { closer: expected, ruleName } });
  },

  buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }) {
    const first = actual[0];
    const found = first === undefined ? 'the end of the file' : describeFound(first);
    const blockCode = blockCodes[ruleName];
    if (blockCode !== undefined) return note(blockCode, { found });
    if (valueRules.has(ruleName)) return note('PP1103', { found });
    const firstTokens = expectedPathsPerAlt.flatMap((paths) => paths.map((path) => path[0])).filter((x) => x !== undefined);
    const expected = expectedWords[ruleName] ?? oneOf(firstTokens.map(describeExpected));
    return note('PP1101', { expected, found });
  },

  buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }) {
    const first = actual[0];
    const found = first === undefined ? 'the end of the file' : describeFound(first);
    const firstTokens = expectedIterationPaths.map((path) => path[0]).filter((x) => x !== undefined);
    return note('PP1101', { expected: expectedWords[ruleName] ?? oneOf(firstTokens.map(describeExpected)), found });
  },

  buildNotAllInputParsedMessage({ firstRedundant }) {
    return note('PP1108', { found: describeFound(firstRedundant) });
  },
};

/** Turns the parser's errors into diagnostics, each on the smallest offending token. */
export function toDiagnostics(errors: readonly IRecognitionException[], tokens: readonly IToken[]): Diagnostic[] {
  const blamed = new Set<IToken>();
  const reported = new Set<IToken>();
  const diagnostics: Diagnostic[] = [];
  errors.forEach((error, i) => {
    const paired = notes[i];
    // Pairing by position is chevrotain's behaviour, not its promise: check it, and stay useful if it breaks.
    const noted: Omit<Noted, 'message'> = paired?.message === error.message
      ? paired
      : { code: 'PP1103', args: { found: describeFound(error.token) } };
    const openers = noted.due === undefined ? [] : leftOpen(noted.due.ruleName, noted.due.closer, error.token, tokens, blamed);
    // Recovery can stumble over the same token twice; the first report is the useful one.
    if (openers.length === 0 && reported.has(error.token)) return;
    reported.add(error.token);
    for (const opener of openers) blamed.add(opener);
    diagnostics.push(...openers.map(unclosed));
    if (openers.length > 0) return;
    const help = noted.help ?? (declaresReservedWord(error.token, tokens) ? reservedWordHelp(error.token) : undefined);
    const extras = help === undefined ? {} : { help };
    diagnostics.push(createDiagnostic(noted.code, errorSpan(error.token, tokens), noted.args, extras));
  });
  diagnostics.push(...unblamedAtEnd(tokens, blamed).map(unclosed));
  clearNotes();
  return diagnostics;
}

function reservedWordHelp(word: IToken): string {
  return `\`${word.image}\` is a reserved word of the language (docs/language.md lists them); choose another name, such as \`${word.image}_amount\``;
}

/**
 * A reserved word followed by `:` is meant as a name (`record Deal { floor: Money }`), whatever the
 * parser expected there (`}` in a record), so the error says the word is reserved.
 */
function declaresReservedWord(token: IToken, tokens: readonly IToken[]): boolean {
  if (!tokenMatcher(token, t.Keyword)) return false;
  const next = tokens[tokens.indexOf(token) + 1];
  return next !== undefined && tokenMatcher(next, t.Colon);
}

function unclosed(opener: IToken): Diagnostic {
  return createDiagnostic('PP1107', tokenSpan(opener), { open: opener.image, close: closerOf(opener) });
}

/** A real token's span; the end of the file anchors after the last real token. */
function errorSpan(token: IToken, tokens: readonly IToken[]): Span {
  if (token.tokenType !== EOF && Number.isFinite(token.startOffset)) {
    return tokenSpan(token);
  }
  const last = tokens[tokens.length - 1];
  const end = last === undefined ? 0 : tokenEnd(last);
  return span(end, end);
}
