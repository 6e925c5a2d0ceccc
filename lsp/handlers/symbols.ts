/** Document symbols (the outline), workspace symbols and folding ranges. */
import {
  FoldingRangeKind,
  SymbolKind,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type FoldingRange,
  type FoldingRangeParams,
  type SymbolInformation,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver/node.js';
import { documentSymbols, foldingRanges, workspaceSymbols, type DocumentSymbol as IdeSymbol, type SymbolCategory } from '../../src/ide/index.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toLocation, toRange } from '../convert.js';
import type { ServerContext } from './context.js';

const KINDS: Readonly<Record<SymbolCategory, SymbolKind>> = {
  plan: SymbolKind.Module,
  test: SymbolKind.Method,
  enum: SymbolKind.Enum,
  member: SymbolKind.EnumMember,
  record: SymbolKind.Struct,
  field: SymbolKind.Field,
  input: SymbolKind.Variable,
  let: SymbolKind.Constant,
  component: SymbolKind.Class,
  bonus: SymbolKind.Event,
};

function convert(doc: TextDocument, s: IdeSymbol): DocumentSymbol {
  return {
    name: s.name,
    ...(s.detail === '' ? {} : { detail: s.detail }),
    kind: KINDS[s.category],
    range: toRange(doc, s.span),
    selectionRange: toRange(doc, s.selectionSpan),
    children: s.children.map((c) => convert(doc, c)),
  };
}

export const onDocumentSymbol = ({ docs }: ServerContext) => (params: DocumentSymbolParams): DocumentSymbol[] => {
  const found = docs.get(params.textDocument.uri);
  return found ? documentSymbols(found.program).map((s) => convert(found.doc, s)) : [];
};

export const onWorkspaceSymbol = ({ docs }: ServerContext) => (params: WorkspaceSymbolParams): SymbolInformation[] =>
  workspaceSymbols(docs.index, params.query).flatMap((s) => {
    const doc = docs.document(s.uri);
    return doc ? [{ name: s.name, kind: KINDS[s.category], location: toLocation(doc, s.span), ...(s.container ? { containerName: s.container } : {}) }] : [];
  });

export const onFoldingRanges = ({ docs }: ServerContext) => (params: FoldingRangeParams): FoldingRange[] => {
  const found = docs.get(params.textDocument.uri);
  if (!found) return [];
  return foldingRanges(found.program).map((f) => ({
    startLine: f.startLine,
    endLine: f.endLine,
    kind: f.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
  }));
};
