/**
 * Stage 1, syntax: text → AST.
 *
 * In:  a SourceFile.
 * Out: the PlanFile AST, the comments (for the formatter), and PP1xxx diagnostics sorted by
 *      position: lexing (PP100x), parsing (PP110x), and shapes explained while building the AST.
 *
 * What holds: `parse` never throws. Every AST node carries a half-open span of UTF-16 offsets into
 * `file.text`, and every diagnostic span lies within the text. Where recovery cut the input the AST
 * holds `Missing` / `MissingType` nodes and leaves out items that lost their name; such a tree is
 * for editor features and further checking only, never for compiling. An internal failure (a bug,
 * not bad input) is reported as PP9001 with an empty file. One parser instance is shared, so calls
 * must not be re-entered (nothing here is asynchronous, so they cannot be).
 */
import { byPosition, createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../text/source-file.js';
import { span, type Span } from '../text/span.js';
import type { PlanFile } from './ast.js';
import { cstToAst } from './cst-to-ast.js';
import { lex } from './lexer.js';
import { firstTooDeep } from './nesting.js';
import { parseTokens } from './parse-tokens.js';
import { tokenEnd } from './token-span.js';

export interface Comment {
  readonly span: Span;
  /** The whole comment, including `//`. */
  readonly text: string;
}

export interface SyntaxResult {
  readonly ast: PlanFile;
  readonly comments: readonly Comment[];
  readonly diagnostics: readonly Diagnostic[];
}

export function parse(file: SourceFile): SyntaxResult {
  try {
    const lexed = lex(file);
    // Nesting past the limits would overflow the stack of the parser or of a later walker: refuse it.
    const deep = firstTooDeep(lexed.tokens);
    if (deep !== null) {
      const at = span(deep.token.startOffset, tokenEnd(deep.token));
      return {
        ast: { kind: 'PlanFile', span: span(0, file.text.length), items: [] },
        comments: [],
        diagnostics: [...lexed.diagnostics, createDiagnostic('PP1110', at, { limit: String(deep.limit), what: deep.what })].sort(byPosition),
      };
    }
    const parsed = parseTokens(lexed.tokens);
    const built = cstToAst(parsed.cst, file);
    const comments = lexed.comments.map((token) => ({
      span: span(token.startOffset, tokenEnd(token)),
      text: token.image,
    }));
    const diagnostics = [...lexed.diagnostics, ...parsed.diagnostics, ...built.diagnostics].sort(byPosition);
    return { ast: built.ast, comments, diagnostics };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ast: { kind: 'PlanFile', span: span(0, file.text.length), items: [] },
      comments: [],
      diagnostics: [createDiagnostic('PP9001', span(0, 0), { stage: 'parsing', reason })],
    };
  }
}

export type { PlanFile } from './ast.js';
