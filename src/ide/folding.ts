/**
 * Folding ranges: every block that spans lines (plans, components, tables, records, enums, tests,
 * test values), and runs of two or more comment lines. The closing `}` stays visible, so the fold
 * ends on the line before it when it stands on a line of its own.
 */
import type { Program } from '../program.js';
import { lineColumnAt, lineText } from '../text/source-file.js';
import type { Span } from '../text/span.js';
import { walk } from './walk.js';

export interface FoldingRange {
  /** 0-based lines. */
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'region' | 'comment';
}

const BLOCKS = new Set(['Plan', 'Test', 'Component', 'Curve', 'Commission', 'Record', 'Enum', 'RecordLiteral', 'ListLiteral']);

export function foldingRanges(program: Program): FoldingRange[] {
  const file = program.file;
  const out: FoldingRange[] = [];
  const seen = new Set<number>();
  const add = (span: Span, kind: FoldingRange['kind']) => {
    const startLine = lineColumnAt(file, span.start).line;
    let endLine = lineColumnAt(file, Math.max(span.start, span.end - 1)).line;
    if (kind === 'region' && /^\s*[}\]]/.test(lineText(file, endLine))) endLine--;
    if (endLine > startLine && !seen.has(startLine)) {
      seen.add(startLine);
      out.push({ startLine, endLine, kind });
    }
  };
  walk(program.syntax.ast, (node) => {
    if (BLOCKS.has(node.kind)) add(node.span, 'region');
  });
  let run: Span | null = null;
  let runLine = -2;
  for (const c of program.syntax.comments) {
    const line = lineColumnAt(file, c.span.start).line;
    const alone = lineText(file, line).trim().startsWith('//');
    if (alone && run && line === runLine + 1) run = { start: run.start, end: c.span.end };
    else {
      if (run) add(run, 'comment');
      run = alone ? c.span : null;
    }
    runLine = line;
  }
  if (run) add(run, 'comment');
  return out.sort((a, b) => a.startLine - b.startLine);
}
