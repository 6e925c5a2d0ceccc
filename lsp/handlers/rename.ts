import { ResponseError, ErrorCodes, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver/node.js';
import { prepareRename, rename } from '../../src/ide/index.js';
import { toOffset, toRange, toTextEdit } from '../convert.js';
import type { ServerContext } from './context.js';

export const onPrepareRename = ({ docs }: ServerContext) => (params: PrepareRenameParams): { range: Range; placeholder: string } | null => {
  const found = docs.get(params.textDocument.uri);
  if (!found) return null;
  const result = prepareRename(docs.index, params.textDocument.uri, toOffset(found.doc, params.position));
  if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
  return { range: toRange(found.doc, result.span), placeholder: result.placeholder };
};

export const onRename = ({ docs }: ServerContext) => (params: RenameParams): WorkspaceEdit | null => {
  const found = docs.get(params.textDocument.uri);
  if (!found) return null;
  const result = rename(docs.index, params.textDocument.uri, toOffset(found.doc, params.position), params.newName);
  if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
  const changes: WorkspaceEdit['changes'] = {};
  for (const file of result.changes) {
    const doc = docs.document(file.uri);
    if (doc) changes[file.uri] = file.edits.map((e) => toTextEdit(doc, e));
  }
  return { changes };
};
