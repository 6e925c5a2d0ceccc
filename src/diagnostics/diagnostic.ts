import type { Span } from '../text/span.js';
import { catalog, type CatalogEntry, type DiagnosticCode } from './catalog.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface RelatedSpan {
  readonly span: Span;
  readonly message: string;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** The exact offending text, as small as possible. */
  readonly span: Span;
  /** What is wrong, in plan terms. */
  readonly message: string;
  /** What to do about it: a concrete rewrite or a did-you-mean. */
  readonly help?: string;
  readonly related?: readonly RelatedSpan[];
  readonly fixes?: readonly Fix[];
}

export type DiagnosticArgs = Readonly<Record<string, string | number>>;

export interface DiagnosticExtras {
  readonly related?: readonly RelatedSpan[];
  readonly fixes?: readonly Fix[];
  /** Replaces the catalog's help template when the rewrite is only known at the call site. */
  readonly help?: string;
}

function fill(template: string, args: DiagnosticArgs): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in args ? String(args[key]) : whole,
  );
}

/** The only way diagnostics are made: message and help come from the catalog. */
export function createDiagnostic(
  code: DiagnosticCode,
  span: Span,
  args: DiagnosticArgs = {},
  extras: DiagnosticExtras = {},
): Diagnostic {
  const entry: CatalogEntry = catalog[code];
  const help = extras.help ?? (entry.help === undefined ? undefined : fill(entry.help, args));
  return {
    code,
    severity: entry.severity,
    span,
    message: fill(entry.message, args),
    ...(help === undefined ? {} : { help }),
    ...(extras.related && extras.related.length > 0 ? { related: extras.related } : {}),
    ...(extras.fixes && extras.fixes.length > 0 ? { fixes: extras.fixes } : {}),
  };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code);
}
