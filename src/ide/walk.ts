/**
 * Generic traversal of the AST. The AST is plain data with a `kind` and a `span` on every node, so
 * a node's children are the properties that hold nodes; editor features walk it without a visitor
 * per kind, and new node kinds are traversed without changes here.
 */
import type { Node as AstNode, PlanDecl } from '../syntax/ast.js';

/** Every kind of AST node (the AST's own `Node` union leaves out the plan declaration). */
export type Node = AstNode | PlanDecl;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'kind' in value && 'span' in value;
}

/** The node's children in property order (which follows the source for every node kind). */
export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'span') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) out.push(item);
    } else if (isNode(value)) {
      out.push(value);
    }
  }
  return out;
}

/** Calls `visit` on `node` and every node under it, parents first, with the path above each. */
export function walk(node: Node, visit: (node: Node, parents: readonly Node[]) => void, parents: Node[] = []): void {
  visit(node, parents);
  parents.push(node);
  for (const child of childrenOf(node)) walk(child, visit, parents);
  parents.pop();
}
