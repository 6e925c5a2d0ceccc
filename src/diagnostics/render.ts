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
 */
export function renderDiagnostic(file: SourceFile, d: Diagnostic, name = file.uri): string {
  const start = lineColumnAt(file, d.span.start);
  const end = lineColumnAt(file, Math.max(d.span.start, d.span.end));
  const source = lineText(file, start.line);
  const width = end.line === start.line ? Math.max(1, end.column - start.column) : Math.max(1, source.length - start.column);
  const lines = [
    `${name}:${start.line + 1}:${start.column + 1} ${d.severity} ${d.code}: ${d.message}`,
    `  ${source}`,
    `  ${' '.repeat(start.column)}${'~'.repeat(width)}`,
  ];
  if (d.help !== undefined) lines.push(`  help: ${d.help}`);
  for (const r of d.related ?? []) {
    const at = lineColumnAt(file, r.span.start);
    lines.push(`  note (${at.line + 1}:${at.column + 1}): ${r.message}`);
  }
  return lines.join('\n');
}

export function renderDiagnostics(file: SourceFile, diagnostics: readonly Diagnostic[], name = file.uri): string {
  return diagnostics.map((d) => renderDiagnostic(file, d, name)).join('\n\n');
}
