import type { InlayHint, InlayHintParams } from 'vscode-languageserver/node.js';
import { inlayHints } from '../../src/ide/index.js';
import { toSpan } from '../convert.js';
import type { ServerContext } from './context.js';

export const onInlayHints = ({ docs }: ServerContext) => (params: InlayHintParams): InlayHint[] => {
  const found = docs.get(params.textDocument.uri);
  if (!found) return [];
  return inlayHints(docs.index, params.textDocument.uri, toSpan(found.doc, params.range)).map((h) => ({
    position: found.doc.positionAt(h.offset),
    label: h.label,
    tooltip: h.tooltip,
    paddingLeft: true,
  }));
};
