/**
 * Entry point of the language server: `node dist/lsp.mjs --stdio`, or `payplan lsp --stdio`, which
 * imports this bundle and calls startLanguageServer(). LSP speaks over stdin and stdout only, so
 * nothing here may write to stdout; logs go to the client's console through the connection.
 */
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { describeError } from './safe.js';
import { startServer } from './server.js';

declare const __PAYPLAN_VERSION__: string | undefined;
const VERSION = typeof __PAYPLAN_VERSION__ === 'string' ? __PAYPLAN_VERSION__ : '0.0.0-dev';

export const USAGE = 'Usage: payplan lsp --stdio\n\nStarts the payplan language server, speaking LSP over stdin and stdout.\n';

/** Starts the server on stdin/stdout; returns once it is listening (the process then lives on it). */
export function startLanguageServer(argv: readonly string[] = process.argv.slice(2)): number {
  const other = argv.find((a) => a !== '--stdio');
  if (other !== undefined) {
    process.stderr.write(`payplan lsp: unknown option \`${other}\`: only --stdio is supported\n\n${USAGE}`);
    return 2;
  }
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // Whatever escapes a handler is logged; the server does not die of it.
  process.on('uncaughtException', (error) => connection.console.error(`payplan: ${describeError(error)}`));
  process.on('unhandledRejection', (error) => connection.console.error(`payplan: ${describeError(error)}`));
  startServer(connection, VERSION);
  return 0;
}

const entry = process.argv[1];
// A worker thread loads this same file (see diagnostics-worker.ts) and must not start a server.
if (isMainThread && entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  const code = startLanguageServer();
  if (code !== 0) process.exit(code);
}
