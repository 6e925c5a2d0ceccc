/**
 * The prettier parser: our syntax/ parse, with comments handed over in the shape prettier attaches.
 * A file with any syntax error is refused (the error lists every one): formatting a tree that
 * recovery patched up could silently rewrite what the author meant.
 */
import type { Parser } from 'prettier';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createSourceFile, lineColumnAt, type SourceFile } from '../text/source-file.js';
import { parse as parsePlan } from '../syntax/index.js';
import type { FormatNode, FormatRoot } from './nodes.js';

/** A 1-based position, as prettier reads `loc` to print a code frame. */
interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Why a file was not formatted: one line per error, and `loc` at the first, under which prettier
 * prints the source (and reports the file without a stack trace). `diagnostics` lets `payplan fmt`
 * report them as its other commands do.
 */
export class PlanSyntaxError extends Error {
  readonly loc: { readonly start: Position };

  constructor(
    file: SourceFile,
    readonly diagnostics: readonly [Diagnostic, ...Diagnostic[]],
  ) {
    const count = diagnostics.length === 1 ? '1 syntax error' : `${diagnostics.length} syntax errors`;
    super(`cannot format a plan with ${count}:\n${diagnostics.map((d) => describe(file, d)).join('\n')}`);
    this.name = 'PlanSyntaxError';
    this.loc = { start: position(file, diagnostics[0]) };
  }
}

function position(file: SourceFile, diagnostic: Diagnostic): Position {
  const at = lineColumnAt(file, diagnostic.span.start);
  return { line: at.line + 1, column: at.column + 1 };
}

function describe(file: SourceFile, d: Diagnostic): string {
  const { line, column } = position(file, d);
  const help = d.help === undefined ? '' : ` (${d.help})`;
  return `  ${file.uri}:${line}:${column} ${d.code}: ${d.message}${help}`;
}

function parse(text: string, options: { filepath?: string }): FormatRoot {
  const file = createSourceFile(options.filepath ?? 'input.payplan', text);
  const { ast, comments, diagnostics } = parsePlan(file);
  const [first, ...more] = diagnostics.filter((d) => d.severity === 'error');
  if (first !== undefined) throw new PlanSyntaxError(file, [first, ...more]);
  return { ...ast, comments: comments.map((c) => ({ kind: 'Comment', span: c.span, value: c.text })) };
}

export const parser: Parser<FormatNode> = {
  parse,
  astFormat: 'payplan-ast',
  locStart: (node) => node.span.start,
  locEnd: (node) => node.span.end,
};
