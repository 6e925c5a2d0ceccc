import type { SourceFile } from '../text/source-file.js';
import { lineColumnAt, lineText } from '../text/source-file.js';
import type { Diagnostic } from './diagnostic.js';

/**
 * Renders diagnostics as text with the source line and an underline, as the CLI prints them and
 * the golden files store them:
 *
 *     plan.payplan:3:16 error PP3001: cannot add a Percent to Money
 *       let padded = retained_arr + 5%
 *                    ~~~~~~~~~~~~~~~~~
 *       help: to raise it by 5%, write `retained_arr * (1 + 5%)`
 *
 * A source line longer than MAX_SHOWN_LINE is cut around the span, so one diagnostic on minified
 * or binary input stays a few lines long.
 */
export function renderDiagnostic(file: SourceFile, d: Diagnostic, name = file.uri): string {
  const start = lineColumnAt(file, d.span.start);
  const end = lineColumnAt(file, Math.max(d.span.start, d.span.end));
  const source = lineText(file, start.line);
  const width = end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, source.length - start.column);
  const shown = excerpt(source, start.column, width);
  const lines = [
    `${name}:${start.line + 1}:${start.column + 1} ${d.severity} ${d.code}: ${d.message}`,
    `  ${shown.text}`,
    `  ${' '.repeat(shown.column)}${'~'.repeat(shown.width)}`,
  ];
  if (d.help !== undefined) lines.push(`  help: ${d.help}`);
  for (const r of d.related ?? []) {
    const at = lineColumnAt(file, r.span.start);
    lines.push(`  note (${at.line + 1}:${at.column + 1}): ${r.message}`);
  }
  return lines.join('\n');
}

/** The most of a source line a rendering shows; a longer line (minified or binary input) is cut around the span. */
export const MAX_SHOWN_LINE = 160;
const BEFORE_SPAN = 40;

/** The part of `source` shown, with `…` where it was cut, and where the underline goes in it. */
function excerpt(source: string, column: number, width: number): { text: string; column: number; width: number } {
  if (source.length <= MAX_SHOWN_LINE) return { text: source, column, width };
  const from = Math.max(0, Math.min(column - BEFORE_SPAN, source.length - MAX_SHOWN_LINE));
  const to = Math.min(source.length, from + MAX_SHOWN_LINE);
  const head = from > 0 ? '…' : '';
  const tail = to < source.length ? '…' : '';
  const at = column - from + head.length;
  return { text: `${head}${source.slice(from, to)}${tail}`, column: at, width: Math.max(1, Math.min(width, to - column)) };
}

export function renderDiagnostics(file: SourceFile, diagnostics: readonly Diagnostic[], name = file.uri): string {
  return diagnostics.map((d) => renderDiagnostic(file, d, name)).join('\n\n');
}
