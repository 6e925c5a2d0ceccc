/**
 * Shared helpers for turning CST into AST. Recovery leaves holes in the CST: a child the type says
 * is there may be absent, a token may be one chevrotain inserted (empty image, NaN offsets), and a
 * node may hold no real token at all. These helpers read the CST as if every child were optional
 * and place a missing node at an `anchor`: the offset just after the last real token before it.
 */
import type { CstNode, IToken } from 'chevrotain';
import { createDiagnostic, type Diagnostic, type DiagnosticArgs } from '../../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../diagnostics/catalog.js';
import type { SourceFile } from '../../text/source-file.js';
import { span, type Span } from '../../text/span.js';
import type { Identifier, MissingExpr } from '../ast.js';
import { tokenEnd, tokenSpan } from '../token-span.js';

export class AstContext {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: SourceFile) {}

  report(code: DiagnosticCode, at: Span, args: DiagnosticArgs = {}, help?: string): void {
    this.diagnostics.push(createDiagnostic(code, at, args, help === undefined ? {} : { help }));
  }

  textOf(at: Span): string {
    return this.file.text.slice(at.start, at.end);
  }
}

/** The first element of a CST child list that may be absent. */
export function first<T>(list: readonly T[] | undefined): T | undefined {
  return list?.[0];
}

/** A token that is really in the text, not one inserted by recovery. */
export function real(token: IToken | undefined): IToken | undefined {
  return token !== undefined && !token.isInsertedInRecovery && Number.isFinite(token.startOffset) ? token : undefined;
}

/** The real tokens of a child list, in order. */
export function realTokens(list: readonly IToken[] | undefined): IToken[] {
  return (list ?? []).filter((token) => real(token) !== undefined);
}

/** Where the text after `token` starts, or `fallback` when the token is absent or inserted. */
export function after(token: IToken | undefined, fallback: number): number {
  const found = real(token);
  return found === undefined ? fallback : tokenEnd(found);
}

/** A node's half-open span; a node that holds no real token sits empty at `anchor`. */
export function nodeSpan(node: CstNode, anchor: number): Span {
  const location = node.location;
  if (location === undefined || !Number.isFinite(location.startOffset) || !Number.isFinite(location.endOffset)) {
    return span(anchor, anchor);
  }
  return span(location.startOffset, (location.endOffset ?? location.startOffset) + 1); // endOffset is inclusive
}

/** Whether recovery left this node without a single real token. */
export function isEmpty(node: CstNode | undefined): boolean {
  return node === undefined || !Number.isFinite(node.location?.startOffset);
}

export function identifier(token: IToken | undefined): Identifier | undefined {
  const found = real(token);
  return found === undefined ? undefined : { kind: 'Identifier', name: found.image, span: tokenSpan(found) };
}

export function missing(at: number): MissingExpr {
  return { kind: 'Missing', span: span(at, at) };
}
