/**
 * `payplan lsp --stdio`: starts the language server, speaking LSP over stdin and stdout. The server
 * is its own bundle (dist/lsp.mjs, built from lsp/main.ts), loaded only here, so no other command
 * pays for it. Once started, the server owns the process: it exits when the client says `exit`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EXIT_INTERNAL, type Context } from '../context.js';

interface LanguageServerModule {
  startLanguageServer(argv: readonly string[]): number;
}

/** Where the bundle may be: beside the CLI bundle (dist/), or in dist/ when running from source. */
function bundleCandidates(): string[] {
  const out: string[] = [];
  if (typeof __dirname === 'string') out.push(join(__dirname, 'lsp.mjs'));
  const url = import.meta.url as string | undefined;
  if (typeof url === 'string') out.push(join(dirname(fileURLToPath(url)), '..', '..', '..', 'dist', 'lsp.mjs'));
  return out;
}

const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<LanguageServerModule>;

export async function run(ctx: Context, argv: readonly string[]): Promise<number> {
  const bundle = bundleCandidates().find((path) => existsSync(path));
  if (bundle === undefined) {
    ctx.err('payplan lsp: error PP9001: payplan hit an internal error: the language server bundle (dist/lsp.mjs) is missing', 'build it with `npm run build`, or report this if payplan was installed');
    return EXIT_INTERNAL;
  }
  let server: LanguageServerModule;
  try {
    server = await importModule(pathToFileURL(bundle).href);
  } catch (error) {
    // The CLI bundle runs inside a vm.Script, which has no loader for `import()` on Node versions
    // without vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER: run the bundle as its own process.
    if ((error as { code?: string }).code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING') throw error;
    return runAsChild(bundle, argv);
  }
  const code = server.startLanguageServer(argv);
  if (code !== 0) return code;
  // The server ends the process itself when the client sends `exit`.
  return new Promise<number>(() => {});
}

function runAsChild(bundle: string, argv: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, ...argv], { stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(EXIT_INTERNAL));
  });
}
