import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend, type SemanticTokensParams } from 'vscode-languageserver/node.js';
import { semanticTokens, TOKEN_TYPES, type TokenType } from '../../src/ide/index.js';
import type { ServerContext } from './context.js';

/** payplan's token kinds in the words editors theme; `money` and `percent` are our own. */
const AS: Readonly<Record<TokenType, { type: string; modifiers?: string[] }>> = {
  keyword: { type: 'keyword' },
  comment: { type: 'comment' },
  string: { type: 'string' },
  number: { type: 'number' },
  money: { type: 'money' },
  percent: { type: 'percent' },
  type: { type: 'type' },
  plan: { type: 'namespace' },
  input: { type: 'parameter' },
  let: { type: 'variable', modifiers: ['readonly'] },
  component: { type: 'class' },
  bonus: { type: 'event' },
  enum: { type: 'enum' },
  member: { type: 'enumMember' },
  record: { type: 'struct' },
  field: { type: 'property' },
  local: { type: 'variable' },
  builtin: { type: 'variable', modifiers: ['defaultLibrary', 'readonly'] },
  function: { type: 'function', modifiers: ['defaultLibrary'] },
};

const types = [...new Set(TOKEN_TYPES.map((t) => AS[t].type))];
const modifiers = ['declaration', 'readonly', 'defaultLibrary'];

export const LEGEND: SemanticTokensLegend = { tokenTypes: types, tokenModifiers: modifiers };

export const onSemanticTokens = ({ docs }: ServerContext) => (params: SemanticTokensParams): SemanticTokens => {
  const found = docs.get(params.textDocument.uri);
  if (!found) return { data: [] };
  const builder = new SemanticTokensBuilder();
  for (const token of semanticTokens(docs.index, params.textDocument.uri)) {
    const as = AS[token.type];
    const mods = [...(as.modifiers ?? []), ...(token.declaration ? ['declaration'] : [])];
    const bits = mods.reduce((acc, m) => acc | (1 << modifiers.indexOf(m)), 0);
    const start = found.doc.positionAt(token.span.start);
    builder.push(start.line, start.character, token.span.end - token.span.start, types.indexOf(as.type), bits);
  }
  return builder.build();
};
