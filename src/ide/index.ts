/**
 * Editor features without a protocol: functions over a WorkspaceIndex (or one Program), offsets and
 * strings, returning plain data. The language server (lsp/) adapts them to LSP; tests call them
 * directly. Offsets are UTF-16 string indexes, as everywhere in payplan.
 */
export { WorkspaceIndex, type PlanLocation } from './workspace.js';
export { hover, type HoverResult } from './hover.js';
export { complete, type CompletionItem, type CompletionKind, type CompletionResult } from './completion.js';
export { signatureHelp, type SignatureHelpResult, type SignatureInformation } from './signature-help.js';
export { definition, type Location } from './definition.js';
export { references } from './references.js';
export { prepareRename, rename, type FileEdits, type PrepareRenameResult, type RenameResult } from './rename.js';
export { documentHighlights, type Highlight } from './document-highlights.js';
export { documentSymbols, type DocumentSymbol, type SymbolCategory } from './document-symbols.js';
export { workspaceSymbols, type WorkspaceSymbol } from './workspace-symbols.js';
export { foldingRanges, type FoldingRange } from './folding.js';
export { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES, type SemanticToken, type TokenType } from './semantic-tokens.js';
export { codeActions, type CodeAction } from './fixes.js';
export { inlayHints, type InlayHint } from './inlay-hints.js';
export { codeLenses, resultTitle, RUN_TEST_COMMAND, type CodeLens } from './code-lens.js';
export { formatDocument, formatRange } from './formatting.js';
export { diagnose, runFileTests, type FileDiagnostics, type TestOutcome } from './diagnostics.js';
