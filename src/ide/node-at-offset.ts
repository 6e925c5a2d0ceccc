/**
 * What is at an offset: the path of nodes from the file down to the innermost node that contains
 * it, and the word (name) the cursor touches. A cursor right after a name (`quota|`) still counts
 * as on it, as editors expect, but a node that starts exactly there wins over one that ends there.
 */
import type { Span } from '../text/span.js';
import { childrenOf, type Node } from './walk.js';

/** From the root to the innermost node whose span holds `offset` (ends included). */
export function nodePathAt(root: Node, offset: number): Node[] {
  const path: Node[] = [];
  let node: Node | undefined = root;
  while (node) {
    path.push(node);
    const children: Node[] = childrenOf(node).filter((c) => c.span.start <= offset && offset <= c.span.end);
    node = children.find((c) => offset < c.span.end) ?? children[children.length - 1];
  }
  return path;
}

/** The innermost node at `offset`. */
export function nodeAt(root: Node, offset: number): Node {
  const path = nodePathAt(root, offset);
  return path[path.length - 1]!;
}

/** The nearest node of one of `kinds` on the path, innermost first. */
export function enclosing<K extends Node['kind']>(path: readonly Node[], ...kinds: K[]): Extract<Node, { kind: K }> | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i]!;
    if ((kinds as string[]).includes(node.kind)) return node as Extract<Node, { kind: K }>;
  }
  return undefined;
}

const nameChar = /^[\p{L}\p{M}\p{N}_]$/u;

/** The UTF-16 length of the name character that ends at `offset`, or 0 (letters beyond the BMP take two). */
function nameCharBefore(text: string, offset: number): number {
  if (offset >= 2 && nameChar.test(text.slice(offset - 2, offset))) return 2;
  return offset >= 1 && nameChar.test(text[offset - 1]!) ? 1 : 0;
}

function nameCharAfter(text: string, offset: number): number {
  if (nameChar.test(text.slice(offset, offset + 2))) return 2;
  return offset < text.length && nameChar.test(text[offset]!) ? 1 : 0;
}

function nameStart(text: string, offset: number): number {
  let start = offset;
  for (let n = nameCharBefore(text, start); n > 0; n = nameCharBefore(text, start)) start -= n;
  return start;
}

/** The name the cursor is in or right after, and its span; null when it touches none. */
export function wordAt(text: string, offset: number): { word: string; span: Span } | null {
  const start = nameStart(text, offset);
  let end = offset;
  for (let n = nameCharAfter(text, end); n > 0; n = nameCharAfter(text, end)) end += n;
  if (start === end) return null;
  return { word: text.slice(start, end), span: { start, end } };
}

/** The part of a name before the cursor (what completion filters on) and where it starts. */
export function prefixAt(text: string, offset: number): { prefix: string; start: number } {
  const start = nameStart(text, offset);
  return { prefix: text.slice(start, offset), start };
}

/** Whether `offset` is inside a span (ends included). */
export function touches(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
