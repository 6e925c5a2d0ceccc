/**
 * Open documents and the workspace's plan files, kept in one WorkspaceIndex. Each open document's
 * Program is cached by uri and version: a request re-parses only when the text changed. Diagnostics
 * are published after the typing pauses (a debounce, 150 ms by default), cleared when a document
 * closes, and the test outcomes they produce are kept for the code lens.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocuments, type Connection } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnose, WorkspaceIndex, type FileDiagnostics, type TestOutcome } from '../src/ide/index.js';
import { findPlanFiles, readPlanFile } from './workspace-files.js';
import type { Program } from '../src/index.js';
import { toDiagnostic } from './convert.js';
import { DiagnosticsWorker } from './diagnostics-worker.js';

export interface DocumentOptions {
  debounceMs: number;
  /** Check in a worker thread while the debounce waits (off: on the main thread when it ends). */
  worker: boolean;
}

/** How long a publish waits for the worker before checking on the main thread itself. */
const WORKER_PATIENCE_MS = 3000;

const SKIPPED = new Set(['node_modules', '.git', 'dist']);
const MAX_WORKSPACE_FILES = 2000;

export class Documents {
  readonly documents = new TextDocuments(TextDocument);
  readonly index = new WorkspaceIndex();
  /** The document version each open file's Program was built from. */
  private readonly versions = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly closedCopies = new Map<string, TextDocument>();
  private readonly diagnosed = new WeakMap<Program, FileDiagnostics>();
  /** The last test outcomes of each file, by test name (for "✓ passed" / "✗ 1 failed"). */
  readonly testResults = new Map<string, readonly TestOutcome[]>();
  /** Called after tests ran, so the client can refresh its code lenses. */
  onTestsChanged: (uri: string) => void = () => {};
  options: DocumentOptions = { debounceMs: 150, worker: true };
  private worker: DiagnosticsWorker | null = null;

  constructor(private readonly connection: Connection) {}

  listen(): void {
    this.documents.onDidOpen((e) => {
      this.startCheck(e.document);
      this.schedule(e.document.uri, 0);
    });
    this.documents.onDidChangeContent((e) => {
      this.startCheck(e.document);
      this.schedule(e.document.uri);
    });
    this.documents.onDidClose((e) => this.close(e.document.uri));
    this.documents.listen(this.connection);
  }

  /** Hands the new text to the worker at once, so the check overlaps the debounce. */
  private startCheck(doc: TextDocument): void {
    if (!this.options.worker) return;
    this.worker ??= new DiagnosticsWorker((message) => this.connection.console.error(message));
    if (this.worker.available) this.worker.post(doc.uri, doc.version, doc.getText());
  }

  dispose(): void {
    this.worker?.dispose();
  }

  /** The open document, or a snapshot of a workspace file the index holds. */
  document(uri: string): TextDocument | undefined {
    const open = this.documents.get(uri);
    if (open) return open;
    const program = this.index.get(uri);
    if (!program) return undefined;
    const copy = this.closedCopies.get(uri);
    if (copy && copy.getText() === program.file.text) return copy;
    const made = TextDocument.create(uri, 'payplan', 0, program.file.text);
    this.closedCopies.set(uri, made);
    return made;
  }

  /** The Program of the document's current text (built at most once per version). */
  program(uri: string): Program | undefined {
    const open = this.documents.get(uri);
    if (open && this.versions.get(uri) !== open.version) {
      this.index.set(uri, open.getText());
      this.versions.set(uri, open.version);
    }
    return this.index.get(uri);
  }

  /** Both, for handlers: null when the file is unknown. */
  get(uri: string): { doc: TextDocument; program: Program } | null {
    const program = this.program(uri);
    const doc = this.document(uri);
    return program && doc ? { doc, program } : null;
  }

  /** The file's diagnostics and test outcomes, computed once per Program. */
  diagnosticsOf(program: Program): FileDiagnostics {
    let result = this.diagnosed.get(program);
    if (!result) {
      result = diagnose(program);
      this.diagnosed.set(program, result);
    }
    return result;
  }

  schedule(uri: string, delay = this.options.debounceMs): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.publish(uri), delay));
  }

  async publish(uri: string): Promise<void> {
    this.timers.delete(uri);
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    try {
      const fromWorker = this.worker?.available ? await this.worker.result(uri, version, WORKER_PATIENCE_MS) : null;
      // A newer version has its own publish coming; this one is stale.
      if (this.documents.get(uri)?.version !== version) return;
      const program = this.program(uri)!;
      if (fromWorker) this.diagnosed.set(program, fromWorker);
      const result = this.diagnosticsOf(program);
      void this.connection.sendDiagnostics({ uri, version, diagnostics: result.diagnostics.map((d) => toDiagnostic(doc, d)) });
      if (result.tests !== null) {
        this.testResults.set(uri, result.tests);
        this.onTestsChanged(uri);
      }
    } catch (error) {
      this.connection.console.error(`payplan: diagnostics failed for ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  private close(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.versions.delete(uri);
    this.worker?.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    // A closed file stays in the workspace as it is on disk, or leaves it if it is not there.
    const path = filePath(uri);
    const text = path === null ? null : readPlanFile(path);
    if (text === null) this.index.delete(uri);
    else this.index.set(uri, text);
  }

  /**
   * Reads the plan files under the workspace folders into the index (open documents win): regular
   * files only, each real path once, none over MAX_PLAN_FILE_BYTES (lsp/workspace-files.ts).
   */
  loadWorkspace(folders: readonly string[]): void {
    const paths = folders.map(filePath).filter((p): p is string => p !== null);
    for (const path of findPlanFiles(paths, { skipped: SKIPPED, maxFiles: MAX_WORKSPACE_FILES })) {
      const uri = pathToFileURL(path).href;
      if (this.documents.get(uri) || this.index.has(uri)) continue;
      const text = readPlanFile(path);
      if (text !== null) this.index.set(uri, text);
    }
  }

  /** A workspace file changed on disk: re-read it unless it is open. */
  fileChanged(uri: string, deleted: boolean): void {
    if (this.documents.get(uri)) return;
    if (deleted) return this.index.delete(uri);
    const path = filePath(uri);
    const text = path === null ? null : readPlanFile(path);
    if (text === null) this.index.delete(uri);
    else this.index.set(uri, text);
  }
}

function filePath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
