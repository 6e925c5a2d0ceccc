/**
 * Quick fixes: the fixes a diagnostic carries (did-you-mean names, weights that do not add up to
 * 100%, which side owns a boundary, a gap between bands, a failed expectation), plus a few derived
 * here from what the diagnostic says: a did-you-mean in its help, a missing `currency`, a last band
 * that should run on.
 */
import type { Diagnostic, Fix, TextEdit } from '../diagnostics/diagnostic.js';
import type { Program } from '../program.js';
import type { Span } from '../text/span.js';

export interface CodeAction {
  readonly title: string;
  readonly diagnostic: Diagnostic;
  readonly edits: readonly TextEdit[];
  /** The one obvious fix for its diagnostic. */
  readonly preferred: boolean;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function codeActions(program: Program, range: Span, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (!overlaps(d.span, range)) continue;
    const fixes = d.fixes && d.fixes.length > 0 ? d.fixes : derivedFixes(program, d);
    for (const fix of fixes) out.push({ title: fix.title, diagnostic: d, edits: fix.edits, preferred: fixes.length === 1 });
  }
  return out;
}

/** Fixes that need the file's text beyond the diagnostic's span; the checker gives all others. */
function derivedFixes(program: Program, d: Diagnostic): Fix[] {
  return d.code === 'PP2016' ? missingCurrency(program, d) : [];
}

/** `plan "X" {` without `currency`: add `currency USD` as its first item. */
function missingCurrency(program: Program, d: Diagnostic): Fix[] {
  const open = program.file.text.indexOf('{', d.span.end);
  if (open < 0) return [];
  return [{ title: 'Add `currency USD`', edits: [{ span: { start: open + 1, end: open + 1 }, newText: '\n  currency USD' }] }];
}

