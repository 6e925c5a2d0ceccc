/** Go to definition, find references and document highlights: locations, converted. */
import { DocumentHighlightKind, type DefinitionParams, type DocumentHighlight, type DocumentHighlightParams, type Location, type ReferenceParams } from 'vscode-languageserver/node.js';
import { definition, documentHighlights, references, type Location as IdeLocation } from '../../src/ide/index.js';
import { toLocation, toOffset, toRange } from '../convert.js';
import type { ServerContext } from './context.js';

function locations({ docs }: ServerContext, found: readonly IdeLocation[]): Location[] {
  return found.flatMap((l) => {
    const doc = docs.document(l.uri);
    return doc ? [toLocation(doc, l.span)] : [];
  });
}

export const onDefinition = (ctx: ServerContext) => (params: DefinitionParams): Location[] => {
  const found = ctx.docs.get(params.textDocument.uri);
  if (!found) return [];
  return locations(ctx, definition(ctx.docs.index, params.textDocument.uri, toOffset(found.doc, params.position)));
};

export const onReferences = (ctx: ServerContext) => (params: ReferenceParams): Location[] => {
  const found = ctx.docs.get(params.textDocument.uri);
  if (!found) return [];
  const offset = toOffset(found.doc, params.position);
  return locations(ctx, references(ctx.docs.index, params.textDocument.uri, offset, params.context.includeDeclaration));
};

export const onDocumentHighlight = ({ docs }: ServerContext) => (params: DocumentHighlightParams): DocumentHighlight[] => {
  const found = docs.get(params.textDocument.uri);
  if (!found) return [];
  return documentHighlights(docs.index, params.textDocument.uri, toOffset(found.doc, params.position)).map((h) => ({
    range: toRange(found.doc, h.span),
    kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
};
