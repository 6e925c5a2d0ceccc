/** Workspace symbols: the outline of every file, flattened and matched against a query. */
import type { Span } from '../text/span.js';
import { documentSymbols, type DocumentSymbol, type SymbolCategory } from './document-symbols.js';
import type { WorkspaceIndex } from './workspace.js';

export interface WorkspaceSymbol {
  readonly name: string;
  readonly category: SymbolCategory;
  readonly uri: string;
  readonly span: Span;
  /** The plan it belongs to, if any. */
  readonly container: string | null;
}

/** The characters of `query` appear in `name` in order, ignoring case (as editors match). */
export function matches(query: string, name: string): boolean {
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  let at = 0;
  for (const ch of q) {
    at = n.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

export function workspaceSymbols(index: WorkspaceIndex, query: string): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  const visit = (uri: string, symbol: DocumentSymbol, container: string | null) => {
    if (symbol.category !== 'member' && symbol.category !== 'field' && matches(query, symbol.name)) {
      out.push({ name: symbol.name, category: symbol.category, uri, span: symbol.selectionSpan, container });
    }
    for (const child of symbol.children) visit(uri, child, symbol.category === 'plan' ? symbol.name : container);
  };
  for (const uri of index.uris()) {
    for (const symbol of documentSymbols(index.get(uri)!)) visit(uri, symbol, null);
  }
  return out;
}
