/** The nodes a node is built from, for passes over the IR (which locals a node reads, …). */
import type { Node } from './ir.js';

export function nodeChildren(n: Node): readonly Node[] {
  switch (n.op) {
    case 'number':
    case 'constant':
    case 'fact':
    case 'target':
    case 'period':
    case 'input':
    case 'let':
    case 'local':
      return [];
    case 'field':
      return [n.object];
    case 'neg':
    case 'not':
      return [n.operand];
    case 'arith':
    case 'compare':
    case 'logic':
      return [n.left, n.right];
    case 'if':
      return [n.condition, n.then, n.else];
    case 'call':
      return n.args;
    case 'aggregate':
      return [n.list, ...(n.filter ? [n.filter] : []), ...(n.value ? [n.value] : [])];
    case 'ytd':
      return [n.value];
  }
}
