import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver/node.js';
import { formatDocument, formatRange } from '../../src/ide/index.js';
import { toSpan, toTextEdit } from '../convert.js';
import type { ServerContext } from './context.js';

export const onFormatting = ({ docs }: ServerContext) => async (params: DocumentFormattingParams): Promise<TextEdit[]> => {
  const found = docs.get(params.textDocument.uri);
  if (!found) return [];
  return (await formatDocument(found.program)).map((e) => toTextEdit(found.doc, e));
};

export const onRangeFormatting = ({ docs }: ServerContext) => async (params: DocumentRangeFormattingParams): Promise<TextEdit[]> => {
  const found = docs.get(params.textDocument.uri);
  if (!found) return [];
  return (await formatRange(found.program, toSpan(found.doc, params.range))).map((e) => toTextEdit(found.doc, e));
};
