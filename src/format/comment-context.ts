/**
 * Where a comment sits in the tree, for the handlers in comments.ts: the chain of nodes around it,
 * which of them is the line it is written on, and where a node's body opens.
 *
 * A *line* is a node its parent prints at the start of a line of its own (when the parent is broken
 * over lines at all): a plan or test, an item of a plan or component, a band, a `given`, period or
 * `expect`, and an element of a record, list, enum or call.
 */
import type { Span } from '../text/span.js';
import type { FormatNode } from './nodes.js';
import { getVisitorKeys } from './visitor-keys.js';

/** One node around a comment, with the property of its parent that holds it. */
export interface Link {
  readonly node: FormatNode;
  readonly key: string | null;
  readonly parent: FormatNode | null;
}

/** The properties whose elements are lines, per kind of parent. */
const lineKeys: Readonly<Partial<Record<FormatNode['kind'], readonly string[]>>> = {
  PlanFile: ['items'],
  Plan: ['items'],
  Component: ['items'],
  Curve: ['bands'],
  Commission: ['bands'],
  Test: ['given', 'periods', 'expects'],
  RecordLiteral: ['fields'],
  Record: ['fields'],
  Enum: ['members'],
  ListLiteral: ['items'],
  Call: ['args'],
};

/** The children written before a node's body, and the bracket that opens the body. */
const bodies: Readonly<
  Partial<Record<FormatNode['kind'], { readonly header: readonly string[]; readonly open: string }>>
> = {
  Plan: { header: ['name'], open: '{' },
  Component: { header: ['name', 'weight'], open: '{' },
  Curve: { header: [], open: '{' },
  Commission: { header: ['each', 'base', 'key'], open: '{' },
  Test: { header: ['name', 'planName'], open: '{' },
  Record: { header: ['name'], open: '{' },
  Enum: { header: ['name'], open: '{' },
  RecordLiteral: { header: [], open: '{' },
  ListLiteral: { header: [], open: '[' },
  Call: { header: ['callee'], open: '(' },
};

/** The nodes whose spans hold `span`, outermost first. */
export function chainAround(root: FormatNode, span: Span): Link[] {
  const chain: Link[] = [{ node: root, key: null, parent: null }];
  for (;;) {
    const { node } = chain[chain.length - 1]!;
    const inner = childAround(node, span);
    if (inner === undefined) return chain;
    chain.push({ ...inner, parent: node });
  }
}

function childAround(node: FormatNode, span: Span): { node: FormatNode; key: string } | undefined {
  for (const key of getVisitorKeys(node)) {
    const child = childrenAt(node, key).find((c) => c.span.start <= span.start && span.end <= c.span.end);
    if (child !== undefined) return { node: child, key };
  }
  return undefined;
}

export function isLine(link: Link): boolean {
  return link.parent !== null && link.key !== null && (lineKeys[link.parent.kind] ?? []).includes(link.key);
}

/**
 * The offset of the bracket that opens `node`'s body, found after its header in `text` (skipping
 * comments), or undefined when the node has no body (a flat `at` commission has none).
 */
export function bodyOpen(node: FormatNode, text: string): number | undefined {
  const body = bodies[node.kind];
  if (body === undefined || (node.kind === 'Commission' && node.mode === 'flat')) return undefined;
  const header = body.header.flatMap((key) => childrenAt(node, key));
  for (let at = Math.max(node.span.start, ...header.map((child) => child.span.end)); at < node.span.end; at++) {
    if (text.startsWith('//', at)) at = text.indexOf('\n', at) === -1 ? node.span.end : text.indexOf('\n', at);
    else if (text[at] === body.open) return at;
  }
  return undefined;
}

/** Whether the node's body, the part its dangling comments are printed in, is empty. */
export function hasEmptyBody(node: FormatNode): boolean {
  switch (node.kind) {
    case 'Plan':
    case 'Component':
      return node.items.length === 0;
    case 'Curve':
      return node.bands.length === 0;
    case 'Commission':
      return node.mode !== 'flat' && node.bands.length === 0;
    case 'Test':
      return node.given === null && node.periods.length === 0 && node.expects.length === 0;
    case 'Enum':
      return node.members.length === 0;
    case 'Record':
    case 'RecordLiteral':
      return node.fields.length === 0;
    case 'ListLiteral':
      return node.items.length === 0;
    case 'Call':
      return node.args.length === 0;
    default:
      return false;
  }
}

/**
 * Whether a `line` break point follows `child` inside `parent`, so a comment after it stays put:
 * the left side of an operator, an `if`'s condition and `then` value, an aggregate's value, and
 * its list when a `where` follows.
 */
export function breaksAfter(parent: FormatNode, child: FormatNode | undefined): boolean {
  switch (parent.kind) {
    case 'Binary':
      return child === parent.left;
    case 'If':
      return child === parent.condition || child === parent.then;
    case 'Aggregate':
      return child === parent.value || (child === parent.list && parent.filter !== null);
    default:
      return false;
  }
}

/** Whether anything inside `node` (not the node itself) already holds a comment. */
export function innerNodesHoldComments(node: FormatNode): boolean {
  return getVisitorKeys(node).some((key) =>
    childrenAt(node, key).some((child) => (child.comments?.length ?? 0) > 0 || innerNodesHoldComments(child)),
  );
}

/** Whether a `//` comment starts in `text` between `start` and `end` (skipping text literals). */
export function hasCommentIn(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    if (text[at] === '"') {
      for (at++; at < end && text[at] !== '"'; at++) if (text[at] === '\\') at++;
    } else if (text.startsWith('//', at)) {
      return true;
    }
  }
  return false;
}

/** The nodes held under `key` of `node`: none, one, or the elements of a list. */
function childrenAt(node: FormatNode, key: string): FormatNode[] {
  const value: unknown = (node as unknown as Record<string, unknown>)[key];
  return (Array.isArray(value) ? value : [value]).filter(isNode);
}

function isNode(value: unknown): value is FormatNode {
  return typeof value === 'object' && value !== null && 'kind' in value && 'span' in value;
}
