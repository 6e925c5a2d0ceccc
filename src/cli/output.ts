/**
 * Machine-readable shapes of what the commands report: diagnostics as JSON (1-based lines and
 * columns, end exclusive, as on the rendered `file:line:col`) and as a SARIF 2.1.0 log for code
 * scanning. The human text form is renderDiagnostics' alone; nothing here re-renders it.
 */
import { diagnosticHelpUri } from '../diagnostics/help-uri.js';
export { DIAGNOSTICS_DOCS_URL, diagnosticAnchor, diagnosticHelpUri } from '../diagnostics/help-uri.js';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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
//
// Shaped for GitHub code scanning as well as the schema: every rule has a full description, help
// in text and markdown and a helpUri to its section of docs/diagnostics.md; result messages are
// rendered (no `{name}` template left); each result has a partialFingerprints entry that survives
// lines moving; artifact URIs are relative to the SARIF root (`--sarif-root`, by default the git
// root above the cwd, else the cwd).

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** Where docs/diagnostics.md is published; a code's section is the anchor of its `### PPxxxx slug` heading. */
/** The partialFingerprints key: bump the version when the fingerprint's recipe changes. */
export const FINGERPRINT_KEY = 'payplanLineHash/v1';


function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function sarifRegion(range: Range) {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

/** A catalog template as a description: each `{name}` placeholder becomes `…`. */
function untemplated(template: string): string {
  return template.replace(/\{\w+\}/g, '…');
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

const codes = Object.keys(catalog) as DiagnosticCode[];

function sarifRule(code: DiagnosticCode) {
  const entry = catalog[code] as { severity: Severity; slug: string; message: string; help?: string };
  const uri = diagnosticHelpUri(code);
  const what = untemplated(entry.message);
  // A help that is only a placeholder (`{hint}`) is written per diagnostic and says nothing here.
  const fix = entry.help !== undefined && /[a-z]/i.test(entry.help.replace(/\{\w+\}/g, '')) ? untemplated(entry.help) : undefined;
  const level = sarifLevel(entry.severity);
  const full = `${code} ${entry.slug} (${entry.severity}): ${sentence(what)}${fix === undefined ? '' : ` How to fix: ${sentence(fix)}`}`;
  return {
    id: code,
    name: entry.slug,
    shortDescription: { text: what },
    fullDescription: { text: full },
    help: {
      text: `${sentence(what)}${fix === undefined ? '' : `\nHow to fix: ${sentence(fix)}`}\nSee ${uri}`,
      markdown: `**${entry.severity}**: ${what}${fix === undefined ? '' : `\n\nHow to fix: ${fix}`}\n\nSee [${code} ${entry.slug}](${uri}) for an example.`,
    },
    helpUri: uri,
    defaultConfiguration: { level },
  };
}

/** The git root at or above `dir` (a `.git` directory or worktree file), else null. */
export function gitRoot(dir: string): string | null {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return null;
  }
}

function uriPath(path: string): string {
  return encodeURI(path.split(sep).join('/')).replace(/[?#]/g, encodeURIComponent);
}

function artifactLocation(absolute: string, root: string) {
  const rel = relative(root, absolute);
  const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return inside ? { uri: uriPath(rel), uriBaseId: SRCROOT } : { uri: pathToFileURL(absolute).href };
}

/**
 * A fingerprint that does not change when lines above move: the rule, the file and the text of the
 * flagged lines with whitespace collapsed, then a count of earlier results with the same key.
 */
function fingerprinter() {
  const seen = new Map<string, number>();
  return (ruleId: string, uri: string, file: SourceFile, span: Span): string => {
    const text = file.text;
    const lineStart = text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
    const after = text.indexOf('\n', Math.max(span.start, span.end));
    const lines = text.slice(span.start === 0 ? 0 : lineStart, after < 0 ? text.length : after).replace(/\s+/g, ' ').trim();
    const key = createHash('sha256').update(`${ruleId}\0${uri}\0${lines}\0${text.slice(span.start, span.end)}`).digest('hex').slice(0, 32);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}:${n + 1}`;
  };
}

/**
 * The SARIF log of `payplan check`. `cwd` is where the displayed paths start from; `root` is the
 * directory artifact URIs are relative to (`%SRCROOT%`).
 */
export function sarifLog(files: readonly FileDiagnostics[], version: string, cwd: string, root: string = gitRoot(cwd) ?? cwd): unknown {
  const rules = codes.map(sarifRule);
  const fingerprint = fingerprinter();
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => {
      const location = artifactLocation(resolve(cwd, f.display), root);
      const physical = (span: Span) => ({ artifactLocation: location, region: sarifRegion(rangeOf(f.file, span)) });
      return {
        ruleId: d.code,
        ruleIndex: codes.indexOf(d.code),
        level: sarifLevel(d.severity),
        message: { text: d.help === undefined ? d.message : `${d.message}\nhelp: ${d.help}` },
        locations: [{ physicalLocation: physical(d.span) }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(d.code, location.uri, f.file, d.span) },
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
        tool: { driver: { name: 'payplan', version, semanticVersion: version, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(root).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
