import type { Hover, HoverParams } from 'vscode-languageserver/node.js';
import { hover } from '../../src/ide/index.js';
import { toOffset, toRange } from '../convert.js';
import type { ServerContext } from './context.js';

export const onHover = ({ docs }: ServerContext) => (params: HoverParams): Hover | null => {
  const found = docs.get(params.textDocument.uri);
  if (!found) return null;
  const result = hover(docs.index, params.textDocument.uri, toOffset(found.doc, params.position));
  return result && { contents: { kind: 'markdown', value: result.contents }, range: toRange(found.doc, result.span) };
};
