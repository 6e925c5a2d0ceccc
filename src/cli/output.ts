/**
 * Machine-readable shapes of what the commands report: diagnostics as JSON (1-based lines and
 * columns, end exclusive, as on the rendered `file:line:col`) and as a SARIF 2.1.0 log for code
 * scanning. The human text form is renderDiagnostics' alone; nothing here re-renders it.
 */
import { pathToFileURL } from 'node:url';
import { catalog, type DiagnosticCode } from '../diagnostics/catalog.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { lineColumnAt, type SourceFile } from '../text/source-file.js';
import type { Span } from '../text/span.js';
import { jsonSafe } from './terminal.js';

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
}

/** `end` is exclusive: the position just after the last character of the span. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface DiagnosticJson {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly help: string | null;
  readonly range: Range;
  readonly related: readonly { readonly range: Range; readonly message: string }[];
  readonly fixes: readonly { readonly title: string; readonly edits: readonly { readonly range: Range; readonly newText: string }[] }[];
}

export interface FileDiagnostics {
  readonly file: SourceFile;
  /** The path as shown in output. */
  readonly display: string;
  readonly diagnostics: readonly Diagnostic[];
}

export function rangeOf(file: SourceFile, span: Span): Range {
  const position = (offset: number): Position => {
    const at = lineColumnAt(file, offset);
    return { line: at.line + 1, column: at.column + 1 };
  };
  return { start: position(span.start), end: position(Math.max(span.start, span.end)) };
}

export function diagnosticJson(file: SourceFile, d: Diagnostic): DiagnosticJson {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    help: d.help ?? null,
    range: rangeOf(file, d.span),
    related: (d.related ?? []).map((r) => ({ range: rangeOf(file, r.span), message: r.message })),
    fixes: (d.fixes ?? []).map((f) => ({
      title: f.title,
      edits: f.edits.map((e) => ({ range: rangeOf(file, e.span), newText: e.newText })),
    })),
  };
}

export function checkJson(files: readonly FileDiagnostics[]): unknown {
  return files.map((f) => ({ file: f.display, diagnostics: f.diagnostics.map((d) => diagnosticJson(f.file, d)) }));
}

/** Pretty JSON with a final newline, as every `--format json` output is written; no raw control characters. */
export function jsonText(value: unknown): string {
  return `${jsonSafe(JSON.stringify(value, null, 2))}\n`;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

/** A PP9001 among them: payplan itself failed, so the command exits 3 whatever else happened. */
export function hasInternalError(diagnostics: readonly { readonly code: string }[]): boolean {
  return diagnostics.some((d) => d.code === 'PP9001');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// ── SARIF 2.1.0 ──

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function sarifRegion(range: Range) {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

function artifactLocation(display: string) {
  const absolute = display.startsWith('/') || /^[A-Za-z]:[\\/]/.test(display);
  return absolute ? { uri: pathToFileURL(display).href } : { uri: encodeURI(display), uriBaseId: SRCROOT };
}

const codes = Object.keys(catalog) as DiagnosticCode[];

export function sarifLog(files: readonly FileDiagnostics[], version: string, cwd: string): unknown {
  const rules = codes.map((code) => {
    const entry = catalog[code] as { severity: Severity; slug: string; message: string; help?: string };
    return {
      id: code,
      name: entry.slug,
      shortDescription: { text: entry.message },
      ...(entry.help === undefined ? {} : { help: { text: entry.help } }),
      defaultConfiguration: { level: sarifLevel(entry.severity) },
    };
  });
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => {
      const location = artifactLocation(f.display);
      const physical = (span: Span) => ({ artifactLocation: location, region: sarifRegion(rangeOf(f.file, span)) });
      return {
        ruleId: d.code,
        ruleIndex: codes.indexOf(d.code),
        level: sarifLevel(d.severity),
        message: { text: d.help === undefined ? d.message : `${d.message}\nhelp: ${d.help}` },
        locations: [{ physicalLocation: physical(d.span) }],
        ...(d.related && d.related.length > 0
          ? { relatedLocations: d.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: physical(r.span) })) }
          : {}),
        ...(d.fixes && d.fixes.length > 0
          ? {
              fixes: d.fixes.map((fix) => ({
                description: { text: fix.title },
                artifactChanges: [
                  {
                    artifactLocation: location,
                    replacements: fix.edits.map((e) => ({
                      deletedRegion: sarifRegion(rangeOf(f.file, e.span)),
                      insertedContent: { text: e.newText },
                    })),
                  },
                ],
              })),
            }
          : {}),
      };
    }),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'payplan', version, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
