import type { Span } from './span.js';

/** One plan file's text with a line index, so positions are computed only at the edges (CLI, LSP). */
export interface SourceFile {
  readonly uri: string;
  readonly text: string;
  readonly lineStarts: readonly number[];
}

export interface LineColumn {
  /** 0-based line. */
  readonly line: number;
  /** 0-based column in UTF-16 code units. */
  readonly column: number;
}

export function createSourceFile(uri: string, text: string): SourceFile {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      lineStarts.push(i + 1);
    }
  }
  return { uri, text, lineStarts };
}

export function lineColumnAt(file: SourceFile, offset: number): LineColumn {
  const starts = file.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, column: offset - starts[low]! };
}

export function offsetAt(file: SourceFile, position: LineColumn): number {
  const start = file.lineStarts[position.line];
  if (start === undefined) return file.text.length;
  const next = file.lineStarts[position.line + 1] ?? file.text.length;
  return Math.min(start + position.column, next);
}

export function lineText(file: SourceFile, line: number): string {
  const start = file.lineStarts[line] ?? file.text.length;
  const end = file.lineStarts[line + 1] ?? file.text.length;
  return file.text.slice(start, end).replace(/\r?\n$|\r$/, '');
}

export function textOf(file: SourceFile, span: Span): string {
  return file.text.slice(span.start, span.end);
}
