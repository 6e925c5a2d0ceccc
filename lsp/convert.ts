/**
 * The only place payplan's offsets meet LSP positions. Spans are UTF-16 string offsets, which is
 * also what LSP positions count by default, so every conversion goes through the document's own
 * positionAt/offsetAt and never through line arithmetic of our own.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic, type Location, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver/node.js';
import type { Position } from 'vscode-languageserver-textdocument';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { catalog, diagnosticHelpUri, type Diagnostic, type Span, type TextEdit } from '../src/index.js';


export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toOffset(doc: TextDocument, position: Position): number {
  return doc.offsetAt(position);
}

export function toSpan(doc: TextDocument, range: Range): Span {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

export function toLocation(doc: TextDocument, span: Span): Location {
  return { uri: doc.uri, range: toRange(doc, span) };
}

export function toTextEdit(doc: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: toRange(doc, edit.span), newText: edit.newText };
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/** Message first (editors show its first line inline), then the help on its own line. */
export function toDiagnostic(doc: TextDocument, d: Diagnostic): LspDiagnostic {
  const slug = catalog[d.code].slug;
  return {
    range: toRange(doc, d.span),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: diagnosticHelpUri(d.code) },
    source: 'payplan',
    message: d.help === undefined ? d.message : `${d.message}\nhelp: ${d.help}`,
    ...(slug === 'unused' ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(d.related && d.related.length > 0
      ? { relatedInformation: d.related.map((r) => ({ location: toLocation(doc, r.span), message: r.message })) }
      : {}),
    data: { slug, fixes: (d.fixes ?? []).map((f) => ({ title: f.title, edits: f.edits.map((e) => toTextEdit(doc, e)) })) },
  };
}

/** Same diagnostic: the client echoes ours back in code action requests. */
export function sameDiagnostic(a: LspDiagnostic, b: LspDiagnostic): boolean {
  return (
    a.code === b.code &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}
