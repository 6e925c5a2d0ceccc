/**
 * Diagnostics as the CLI prints them for people: renderDiagnostics' text for the first
 * MAX_SHOWN_PER_FILE of a file, then one line counting the rest. A file of binary garbage makes a
 * diagnostic every few bytes, each printed with its source line; printing them all turned 2 MB of
 * input into hundreds of MB of output. The first hundred say what is wrong; JSON and SARIF output
 * still list every diagnostic.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { renderDiagnostics } from '../diagnostics/render.js';
import type { SourceFile } from '../text/source-file.js';
import { countBySeverity, plural } from './output.js';

export const MAX_SHOWN_PER_FILE = 100;

export function diagnosticsText(file: SourceFile, diagnostics: readonly Diagnostic[], display = file.uri, hint = ''): string {
  const shown = diagnostics.slice(0, MAX_SHOWN_PER_FILE);
  const text = renderDiagnostics(file, shown, display);
  const rest = diagnostics.slice(shown.length);
  if (rest.length === 0) return text;
  const { errors, warnings } = countBySeverity(rest);
  return `${text}\n\n… ${plural(rest.length, 'more diagnostic')} in ${display} not shown (${plural(errors, 'error')}, ${plural(warnings, 'warning')})${hint}`;
}
