/**
 * The payplan language server: what it can do (capabilities) and which handler answers each
 * request, one line per feature. Handlers are thin adapters over src/ide; every one runs through
 * `safely`, so a failing feature answers empty and logs, and the server lives on.
 */
import {
  CodeActionKind,
  ResponseError,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver/node.js';
import { RUN_TEST_COMMAND } from '../src/ide/index.js';
import { Documents } from './documents.js';
import { onCodeAction } from './handlers/code-actions.js';
import { onCodeLens, onExecuteCommand } from './handlers/code-lens.js';
import { onCompletion } from './handlers/completion.js';
import { registerEditorCommands } from './handlers/editor-commands.js';
import type { ServerContext } from './handlers/context.js';
import { onFormatting, onRangeFormatting } from './handlers/formatting.js';
import { onHover } from './handlers/hover.js';
import { onInlayHints } from './handlers/inlay-hints.js';
import { onDefinition, onDocumentHighlight, onReferences } from './handlers/navigation.js';
import { onPrepareRename, onRename } from './handlers/rename.js';
import { LEGEND, onSemanticTokens } from './handlers/semantic-tokens.js';
import { onSignatureHelp } from './handlers/signature-help.js';
import { onDocumentSymbol, onFoldingRanges, onWorkspaceSymbol } from './handlers/symbols.js';
import { describeError, safely } from './safe.js';

export const CAPABILITIES: ServerCapabilities = {
  positionEncoding: 'utf-16',
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  hoverProvider: true,
  completionProvider: { triggerCharacters: ['.', '"'], resolveProvider: false },
  signatureHelpProvider: { triggerCharacters: ['(', ','], retriggerCharacters: [','] },
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  documentHighlightProvider: true,
  documentSymbolProvider: { label: 'payplan' },
  workspaceSymbolProvider: true,
  foldingRangeProvider: true,
  semanticTokensProvider: { legend: LEGEND, full: true, range: false },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  inlayHintProvider: true,
  codeLensProvider: { resolveProvider: false },
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
  executeCommandProvider: { commands: [RUN_TEST_COMMAND] },
};

export function startServer(connection: Connection, version: string): void {
  const docs = new Documents(connection);
  const client = { codeLensRefresh: false, snippets: false };
  const ctx: ServerContext = { connection, docs, client };
  let folders: string[] = [];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    client.codeLensRefresh = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    client.snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    const options = (params.initializationOptions ?? {}) as { debounceMs?: unknown; worker?: unknown };
    if (typeof options.debounceMs === 'number' && options.debounceMs >= 0) docs.options.debounceMs = options.debounceMs;
    if (typeof options.worker === 'boolean') docs.options.worker = options.worker;
    folders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (folders.length === 0 && params.rootUri) folders = [params.rootUri];
    return { capabilities: CAPABILITIES, serverInfo: { name: 'payplan', version } };
  });
  connection.onInitialized(() => {
    try {
      docs.loadWorkspace(folders);
    } catch (error) {
      connection.console.error(`payplan: reading the workspace failed: ${describeError(error)}`);
    }
  });
  docs.onTestsChanged = () => {
    if (client.codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  };

  connection.onHover(safely(connection, 'hover', null, onHover(ctx)));
  connection.onCompletion(safely(connection, 'completion', [], onCompletion(ctx)));
  connection.onSignatureHelp(safely(connection, 'signature help', null, onSignatureHelp(ctx)));
  connection.onDefinition(safely(connection, 'definition', [], onDefinition(ctx)));
  connection.onReferences(safely(connection, 'references', [], onReferences(ctx)));
  connection.onPrepareRename(rethrowing(connection, 'prepare rename', onPrepareRename(ctx)));
  connection.onRenameRequest(rethrowing(connection, 'rename', onRename(ctx)));
  connection.onDocumentHighlight(safely(connection, 'highlights', [], onDocumentHighlight(ctx)));
  connection.onDocumentSymbol(safely(connection, 'document symbols', [], onDocumentSymbol(ctx)));
  connection.onWorkspaceSymbol(safely(connection, 'workspace symbols', [], onWorkspaceSymbol(ctx)));
  connection.onFoldingRanges(safely(connection, 'folding', [], onFoldingRanges(ctx)));
  connection.languages.semanticTokens.on(safely(connection, 'semantic tokens', { data: [] }, onSemanticTokens(ctx)));
  connection.onCodeAction(safely(connection, 'code actions', [], onCodeAction(ctx)));
  connection.languages.inlayHint.on(safely(connection, 'inlay hints', [], onInlayHints(ctx)));
  connection.onCodeLens(safely(connection, 'code lens', [], onCodeLens(ctx)));
  connection.onExecuteCommand(safely(connection, 'run test', null, onExecuteCommand(ctx)));
  connection.onDocumentFormatting(safely(connection, 'formatting', [], onFormatting(ctx)));
  connection.onDocumentRangeFormatting(safely(connection, 'range formatting', [], onRangeFormatting(ctx)));
  connection.onShutdown(() => docs.dispose());
  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) docs.fileChanged(change.uri, change.type === 3);
  });

  registerEditorCommands(ctx);
  docs.listen();
  connection.listen();
}

/** Rename answers a user-facing error (a bad name) as an error; anything else fails safe. */
function rethrowing<P, R>(connection: Connection, feature: string, handler: (params: P) => R): (params: P) => Promise<R | null> {
  return async (params: P) => {
    try {
      return handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`payplan: ${feature} failed: ${describeError(error)}`);
      return null;
    }
  };
}
