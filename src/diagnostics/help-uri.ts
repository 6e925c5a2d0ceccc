/**
 * Where each diagnostic is documented: its section of docs/diagnostics.md as published, one link
 * for the CLI's SARIF, the language server's code descriptions and anything else that links.
 */
import { catalog, type DiagnosticCode } from './catalog.js';

export const DIAGNOSTICS_DOCS_URL = 'https://payplan.dev/docs/diagnostics';

/** The anchor GitHub and most markdown renderers give `### PP1001 unexpected-character`. */
export function diagnosticAnchor(code: DiagnosticCode): string {
  return `${code} ${catalog[code].slug}`.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

export function diagnosticHelpUri(code: DiagnosticCode): string {
  return `${DIAGNOSTICS_DOCS_URL}#${diagnosticAnchor(code)}`;
}
