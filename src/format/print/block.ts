/**
 * Layouts shared by every construct: `{ … }` blocks with one item per line, bracketed
 * comma-separated groups that stay on one line when they fit, and comments left dangling in an
 * empty body.
 */
import { doc, util, type AstPath, type Doc } from 'prettier';
import type { Span } from '../../text/span.js';
import type { CommentNode, FormatNode, PrintOptions } from '../nodes.js';

const { group, hardline, ifBreak, indent, join, line, softline } = doc.builders;

/** One printed item of a block and the node it came from (for the blank-line check). */
export interface BlockLine {
  readonly span: Span;
  readonly doc: Doc;
}

/**
 * The dangling comments of the node at `path`: those in its empty body, or with `marker` those a
 * handler in comments.ts set aside for one spot. They are marked printed, so call this once.
 */
function takeDanglingComments(path: AstPath, marker?: string): CommentNode[] {
  const comments = (path.node as FormatNode).comments ?? [];
  const taken = comments.filter((c) => !c.leading && !c.trailing && c.marker === marker);
  for (const comment of taken) comment.printed = true;
  return taken;
}

/** Comments one per line, keeping a blank line the author left between two. */
function printCommentLines(comments: readonly CommentNode[], options: PrintOptions): Doc[] {
  return comments.flatMap((comment, index) => {
    if (index === 0) return [printCommentText(comment)];
    const blank = util.isPreviousLineEmpty(options.originalText, comment.span.start);
    return [hardline, blank ? hardline : '', printCommentText(comment)];
  });
}

/** The node's dangling comments with `marker` as lines; '' when there are none. */
export function printDanglingComments(path: AstPath, options: PrintOptions, marker?: string): Doc {
  const lines = printCommentLines(takeDanglingComments(path, marker), options);
  return lines.length === 0 ? '' : lines;
}

/** A `//` comment without trailing whitespace. */
export function printCommentText(comment: CommentNode): string {
  return comment.value.trimEnd();
}

/** Items one per line, with at most one blank line kept where the author left any. */
function printLines(lines: readonly BlockLine[], options: PrintOptions): Doc[] {
  const parts: Doc[] = [];
  lines.forEach((item, index) => {
    parts.push(item.doc);
    if (index === lines.length - 1) return;
    parts.push(hardline);
    if (util.isNextLineEmpty(options.originalText, item.span.end)) parts.push(hardline);
  });
  return parts;
}

/**
 * `{` items `}` always broken over lines (even a one-item body); `{}` when empty. A comment that
 * ended the opening line stays after the `{`; when several were set aside for that spot, the
 * others open the body, one per line.
 */
export function printBlock(path: AstPath, options: PrintOptions, lines: readonly BlockLine[]): Doc {
  const opening = takeDanglingComments(path, 'open');
  if (lines.length === 0) {
    const comments = [...opening, ...takeDanglingComments(path)].sort((a, b) => a.span.start - b.span.start);
    return comments.length === 0
      ? '{}'
      : ['{', indent([hardline, printCommentLines(comments, options)]), hardline, '}'];
  }
  const [endOfLine, ...above] = opening;
  return [
    '{',
    endOfLine === undefined ? '' : [' ', printCommentText(endOfLine)],
    indent([
      hardline,
      above.length === 0 ? '' : [printCommentLines(above, options), hardline],
      printLines(lines, options),
    ]),
    hardline,
    '}',
  ];
}

/** Pairs printed items with their nodes: `zipLines(node.items, path.map(print, 'items'))`. */
export function zipLines(nodes: readonly { readonly span: Span }[], docs: readonly Doc[]): BlockLine[] {
  return nodes.map((node, index) => ({ span: node.span, doc: docs[index] ?? '' }));
}

/** How a bracketed group is laid out: `{ a }` vs `[a]`, and whether a broken one ends with `,`. */
export interface BracketStyle {
  readonly brackets: readonly [string, string];
  /** Spaces inside the brackets on one line: records and enums, not lists or calls. */
  readonly spaced: boolean;
  /** Calls take none: the grammar allows a trailing comma only in records, lists and enums. */
  readonly trailingComma: boolean;
}

export const recordStyle: BracketStyle = { brackets: ['{', '}'], spaced: true, trailingComma: true };
export const listStyle: BracketStyle = { brackets: ['[', ']'], spaced: false, trailingComma: true };
export const callStyle: BracketStyle = { brackets: ['(', ')'], spaced: false, trailingComma: false };

/** `{ a, b }` / `[a, b]` / `f(a, b)` on one line when it fits, else one element per line. */
export function printBracketed(
  path: AstPath,
  options: PrintOptions,
  style: BracketStyle,
  elements: readonly Doc[],
): Doc {
  const [open, close] = style.brackets;
  if (elements.length === 0) {
    const dangling = printDanglingComments(path, options);
    return dangling === '' ? open + close : [open, indent([hardline, dangling]), hardline, close];
  }
  const edge = style.spaced ? line : softline;
  return group([
    open,
    indent([edge, join([',', line], [...elements])]),
    style.trailingComma ? ifBreak(',') : '',
    edge,
    close,
  ]);
}
