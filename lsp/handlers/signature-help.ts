import type { SignatureHelp, SignatureHelpParams } from 'vscode-languageserver/node.js';
import { signatureHelp } from '../../src/ide/index.js';
import { toOffset } from '../convert.js';
import type { ServerContext } from './context.js';

export const onSignatureHelp = ({ docs }: ServerContext) => (params: SignatureHelpParams): SignatureHelp | null => {
  const found = docs.get(params.textDocument.uri);
  if (!found) return null;
  const result = signatureHelp(docs.index, params.textDocument.uri, toOffset(found.doc, params.position));
  if (!result) return null;
  return {
    signatures: result.signatures.map((s) => ({
      label: s.label,
      documentation: { kind: 'markdown', value: s.documentation },
      parameters: s.parameters.map((p) => ({ label: [p[0], p[1]] as [number, number] })),
    })),
    activeSignature: result.activeSignature,
    activeParameter: result.activeParameter,
  };
};
