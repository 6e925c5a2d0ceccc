import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionParams } from 'vscode-languageserver/node.js';
import { complete, type CompletionKind } from '../../src/ide/index.js';
import { toOffset, toRange } from '../convert.js';
import type { ServerContext } from './context.js';

const KINDS: Readonly<Record<CompletionKind, CompletionItemKind>> = {
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  input: CompletionItemKind.Variable,
  let: CompletionItemKind.Constant,
  local: CompletionItemKind.Variable,
  builtin: CompletionItemKind.Constant,
  component: CompletionItemKind.Class,
  bonus: CompletionItemKind.Event,
  member: CompletionItemKind.EnumMember,
  field: CompletionItemKind.Field,
  function: CompletionItemKind.Function,
  currency: CompletionItemKind.Unit,
  type: CompletionItemKind.TypeParameter,
  plan: CompletionItemKind.Module,
  period: CompletionItemKind.Value,
  text: CompletionItemKind.Text,
};

export const onCompletion = ({ docs, client }: ServerContext) => (params: CompletionParams): CompletionItem[] => {
  const found = docs.get(params.textDocument.uri);
  if (!found) return [];
  const result = complete(docs.index, params.textDocument.uri, toOffset(found.doc, params.position));
  const range = toRange(found.doc, result.span);
  return result.items.map((item, i) => {
    const snippet = item.snippet === true && client.snippets;
    // Without snippet support, a snippet's placeholders become their default text.
    const text = item.snippet === true && !client.snippets ? plain(item.insertText ?? item.label) : (item.insertText ?? item.label);
    return {
      label: item.label,
      kind: KINDS[item.kind],
      sortText: String(i).padStart(4, '0'),
      ...(item.detail === undefined ? {} : { detail: item.detail }),
      ...(item.documentation === undefined ? {} : { documentation: { kind: 'markdown', value: item.documentation } }),
      textEdit: { range, newText: text },
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
  });
};

/** `${1:quota}` → `quota`, `$0` → ``, `\$` → `$`. */
function plain(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\\$/g, '$');
}
