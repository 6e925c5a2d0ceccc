import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node.js';
import { codeActions } from '../../src/ide/index.js';
import { sameDiagnostic, toDiagnostic, toSpan, toTextEdit } from '../convert.js';
import type { ServerContext } from './context.js';

export const onCodeAction = ({ docs }: ServerContext) => (params: CodeActionParams): CodeAction[] => {
  const uri = params.textDocument.uri;
  const found = docs.get(uri);
  if (!found) return [];
  if (params.context.only && !params.context.only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`))) return [];
  const actions = codeActions(found.program, toSpan(found.doc, params.range), docs.diagnosticsOf(found.program).diagnostics);
  return actions.map((a) => {
    const ours = toDiagnostic(found.doc, a.diagnostic);
    // Answer with the client's own copy of the diagnostic when it sent one.
    const theirs = params.context.diagnostics.find((d) => sameDiagnostic(d, ours));
    return {
      title: a.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [theirs ?? ours],
      isPreferred: a.preferred,
      edit: { changes: { [uri]: a.edits.map((e) => toTextEdit(found.doc, e)) } },
    };
  });
};
