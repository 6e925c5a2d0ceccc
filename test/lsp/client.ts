/**
 * A minimal LSP client for protocol tests: starts the real server as a child process over stdio
 * (from source through tsx, so the tests see the current code) and speaks JSON-RPC to it with
 * vscode-jsonrpc's Content-Length framing. It records published diagnostics and log messages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface StartOptions {
  /** The command that runs the server (default: lsp/main.ts through tsx). */
  readonly command?: readonly string[];
  readonly initializationOptions?: unknown;
  readonly rootUri?: string | null;
  readonly capabilities?: Record<string, unknown>;
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  readonly messages: string[] = [];
  private waiters: (() => void)[] = [];
  initializeResult!: InitializeResult;
  exitCode: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    this.exitCode = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.wake();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      this.wake();
    });
    connection.onNotification('window/showMessage', (params: { message: string }) => this.messages.push(params.message));
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.onRequest('client/registerCapability', () => null);
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const [command, ...args] = options.command ?? [process.execPath, '--import', 'tsx', join(root, 'lsp', 'main.ts'), '--stdio'];
    const child = spawn(command!, args, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    connection.listen();
    try {
      client.initializeResult = await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: options.rootUri ?? null,
        capabilities: options.capabilities ?? {
          textDocument: { completion: { completionItem: { snippetSupport: true } } },
          workspace: { codeLens: { refreshSupport: true } },
        },
        initializationOptions: options.initializationOptions ?? null,
      });
    } catch (error) {
      child.kill();
      throw new Error(`the server did not initialize: ${String(error)}\n${stderr}`);
    }
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves with the first publication for `uri` (after `after` earlier ones) that passes `test`. */
  async diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 15_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.find((p) => p.uri === uri && test(p));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(this.published)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  async waitForLog(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.logs.find((l) => pattern.test(l));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no log matching ${pattern}; got ${JSON.stringify(this.logs)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'payplan', version, text } });
  }

  /** Shuts the server down politely and returns its exit code. */
  async stop(): Promise<number | null> {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    const code = await Promise.race([this.exitCode, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
    return code;
  }
}
