/**
 * Formatting through the formatter (`formatPlan`, the prettier plugin). A file with syntax errors is
 * left alone. Range formatting is done only where it is safe: when the range covers whole items
 * (plans and tests, or the items of one plan); the whole file is formatted and only those items'
 * text is taken over, so nothing outside the range changes. Otherwise it returns no edits.
 */
import type { TextEdit } from '../diagnostics/diagnostic.js';
import { parse } from '../syntax/index.js';
import type { Program } from '../program.js';
import { createSourceFile } from '../text/source-file.js';
import type { Span } from '../text/span.js';

async function formatted(program: Program): Promise<string | null> {
  if (program.syntax.diagnostics.some((d) => d.severity === 'error')) return null;
  const { formatPlan } = await import('../format/format.js');
  try {
    return await formatPlan(program.file.text);
  } catch {
    return null;
  }
}

/** The smallest single edit that turns `before` into `after` (common start and end kept). */
export function minimalEdit(before: string, after: string, offset = 0): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [{ span: { start: offset + start, end: offset + before.length - end }, newText: after.slice(start, after.length - end) }];
}

export async function formatDocument(program: Program): Promise<TextEdit[]> {
  const out = await formatted(program);
  return out === null ? [] : minimalEdit(program.file.text, out);
}

interface Unit {
  readonly span: Span;
}

export async function formatRange(program: Program, range: Span): Promise<TextEdit[]> {
  const text = program.file.text;
  const trimmed = trim(text, range);
  if (trimmed.start >= trimmed.end) return [];
  const units = (items: readonly Unit[]) => coveredItems(items, trimmed);
  const top = program.syntax.ast.items;
  let choice: { path: (file: typeof top) => readonly Unit[]; first: number; last: number } | null = null;
  const topCovered = units(top);
  if (topCovered) choice = { path: (items) => items, first: topCovered[0], last: topCovered[1] };
  else {
    const planIndex = top.findIndex((i) => i.kind === 'Plan' && i.span.start < trimmed.start && trimmed.end <= i.span.end);
    const plan = top[planIndex];
    const inner = plan?.kind === 'Plan' ? units(plan.items) : null;
    if (inner) choice = { path: (items) => { const p = items[planIndex]; return p?.kind === 'Plan' ? p.items : []; }, first: inner[0], last: inner[1] };
  }
  if (!choice) return [];
  const out = await formatted(program);
  if (out === null) return [];
  const before = choice.path(top);
  const after = choice.path(parse(createSourceFile(program.file.uri, out)).ast.items);
  if (after.length !== before.length) return [];
  const from = lineStartIfBlank(text, before[choice.first]!.span.start);
  const to = before[choice.last]!.span.end;
  const newFrom = lineStartIfBlank(out, after[choice.first]!.span.start);
  const newTo = after[choice.last]!.span.end;
  return minimalEdit(text.slice(from, to), out.slice(newFrom, newTo), from);
}

/** The range without white space at either end. */
function trim(text: string, range: Span): Span {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** [first, last] indexes of the items the range covers whole; null if it cuts any item or covers none. */
function coveredItems(items: readonly Unit[], range: Span): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < items.length; i++) {
    const s = items[i]!.span;
    const overlaps = s.start < range.end && range.start < s.end;
    if (!overlaps) continue;
    if (s.start < range.start || s.end > range.end) return null;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

/** Takes the indentation before an item along when only white space precedes it on its line. */
function lineStartIfBlank(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineStart, offset)) ? lineStart : offset;
}
