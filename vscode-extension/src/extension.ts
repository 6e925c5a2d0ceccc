/**
 * The payplan extension: starts the payplan language server bundled inside the extension
 * (out/server.js) and wires the commands to its custom requests. No language logic lives here:
 * every answer comes from the server; this file only shows it (a webview, the Testing view, a
 * side panel).
 */
import * as path from 'node:path';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { curveHtml } from './curve-view';

const PAYOUT_CURVES = 'payplan/payoutCurves';
const RUN_TESTS = 'payplan/runTests';
const EXPLAIN_PAYEE = 'payplan/explainPayee';
const EXPLAIN_SCHEME = 'payplan-explain';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

interface TestsAnswer {
  uri: string;
  error: string | null;
  passed: number;
  failed: number;
  tests: {
    name: string;
    range: LspRange;
    passed: boolean;
    error: string | null;
    expectations: { label: string; range: LspRange; expected: string; actual: string; passed: boolean }[];
  }[];
}

interface ExplainAnswer {
  payees: string[];
  statement: string | null;
  error: string | null;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<unknown> {
  const output = vscode.window.createOutputChannel('payplan');
  context.subscriptions.push(output);
  client = createClient(context, output);
  await client.start();

  const explained = new Map<string, string>();
  const explainEmitter = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(
    explainEmitter,
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, {
      onDidChange: explainEmitter.event,
      provideTextDocumentContent: (uri) => explained.get(uri.toString()) ?? '',
    }),
  );

  const tests = vscode.tests.createTestController('payplan', 'payplan tests');
  context.subscriptions.push(tests);
  tests.createRunProfile('Run', vscode.TestRunProfileKind.Run, (runRequest, token) => void runTestItems(tests, runRequest, token), true);

  const curves = new CurvePanel(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('payplan.showPayoutCurve', (uri?: vscode.Uri) => curves.show(documentUri(uri))),
    vscode.commands.registerCommand('payplan.runTestsInFile', (uri?: vscode.Uri) => runTestsInFile(tests, output, documentUri(uri))),
    vscode.commands.registerCommand('payplan.explainPayee', (uri?: vscode.Uri, payee?: string) => explainCommand(documentUri(uri), payee, explained, explainEmitter)),
    vscode.commands.registerCommand('payplan.restartServer', async () => {
      await client?.restart();
    }),
  );
  return { client };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'payplan' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.payplan') },
    outputChannel: output,
  };
  // The client reads `payplan.trace.server` itself (its id is `payplan`).
  return new LanguageClient('payplan', 'payplan', serverOptions, clientOptions);
}

/** The payplan document a command is for: the one given, else the active editor's. */
function documentUri(uri?: vscode.Uri): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'payplan' ? editor.document.uri : undefined;
}

function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

async function request<R>(method: string, params: object): Promise<R | null> {
  if (!client) return null;
  return client.sendRequest<R | null>(method, params);
}

// --- Show payout curve ------------------------------------------------------------------------

class CurvePanel {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(context: vscode.ExtensionContext) {
    context.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.panel || e.document.uri.toString() !== this.uri?.toString()) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), 250);
      }),
      // The panel follows the payplan file being edited.
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || editor?.document.languageId !== 'payplan' || editor.document.uri.toString() === this.uri?.toString()) return;
        this.uri = editor.document.uri;
        void this.refresh();
      }),
    );
  }

  /** Opens (or reveals) the panel for the document and draws its curves; returns what was drawn. */
  async show(uri: vscode.Uri | undefined): Promise<unknown> {
    if (!uri) {
      void vscode.window.showWarningMessage('payplan: open a .payplan file to show its payout curve');
      return null;
    }
    this.uri = uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('payplan.payoutCurve', 'Payout curve', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true });
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    return this.refresh();
  }

  private async refresh(): Promise<unknown> {
    if (!this.panel || !this.uri) return null;
    const plans = await request<unknown[]>(PAYOUT_CURVES, { uri: this.uri.toString() });
    this.panel.title = `Payout curve: ${path.basename(this.uri.fsPath)}`;
    this.panel.webview.html = curveHtml(plans, path.basename(this.uri.fsPath));
    return plans;
  }
}

// --- Run tests in file ------------------------------------------------------------------------

async function runTestsInFile(tests: vscode.TestController, output: vscode.OutputChannel, uri: vscode.Uri | undefined): Promise<TestsAnswer | null> {
  if (!uri) {
    void vscode.window.showWarningMessage('payplan: open a .payplan file to run its tests');
    return null;
  }
  const answer = await request<TestsAnswer>(RUN_TESTS, { uri: uri.toString() });
  if (!answer) return null;
  const file = fileItem(tests, uri, answer);
  const run = tests.createTestRun(new vscode.TestRunRequest([file]), `payplan: ${path.basename(uri.fsPath)}`, false);
  reportRun(run, file, answer);
  run.end();

  output.appendLine(`${path.basename(uri.fsPath)}: ${answer.error ?? `${answer.passed} passed, ${answer.failed} failed`}`);
  for (const t of answer.tests) {
    output.appendLine(`  ${t.passed ? '✓' : '✗'} ${t.name}${t.error ? `: ${t.error}` : ''}`);
    for (const e of t.expectations.filter((x) => !x.passed)) output.appendLine(`      ${e.label}: expected ${e.expected}, the plan pays ${e.actual} (line ${e.range.start.line + 1})`);
  }
  if (answer.error) void vscode.window.showWarningMessage(`payplan: ${answer.error}`);
  else void vscode.window.showInformationMessage(`payplan: ${answer.passed} passed, ${answer.failed} failed`);
  return answer;
}

/** The Testing view's item for a file, with one child per test. */
function fileItem(tests: vscode.TestController, uri: vscode.Uri, answer: TestsAnswer): vscode.TestItem {
  const id = uri.toString();
  const file = tests.items.get(id) ?? tests.createTestItem(id, path.basename(uri.fsPath), uri);
  tests.items.add(file);
  file.children.replace(
    answer.tests.map((t) => {
      const item = tests.createTestItem(`${id}#${t.name}`, t.name, uri);
      item.range = toRange(t.range);
      return item;
    }),
  );
  return file;
}

function reportRun(run: vscode.TestRun, file: vscode.TestItem, answer: TestsAnswer): void {
  for (const t of answer.tests) {
    const item = file.children.get(`${file.id}#${t.name}`);
    if (!item) continue;
    if (t.passed) {
      run.passed(item);
      continue;
    }
    if (t.error) {
      run.errored(item, new vscode.TestMessage(t.error));
      continue;
    }
    const messages = t.expectations
      .filter((e) => !e.passed)
      .map((e) => {
        const message = vscode.TestMessage.diff(`${e.label}: expected ${e.expected}, the plan pays ${e.actual}`, e.expected, e.actual);
        message.location = new vscode.Location(item.uri!, toRange(e.range));
        return message;
      });
    run.failed(item, messages);
  }
}

async function runTestItems(tests: vscode.TestController, runRequest: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
  const files = new Map<string, vscode.Uri>();
  const wanted = runRequest.include ?? [...iterate(tests.items)];
  for (const item of wanted) if (item.uri) files.set(item.uri.toString(), item.uri);
  const run = tests.createTestRun(runRequest);
  for (const uri of files.values()) {
    if (token.isCancellationRequested) break;
    const answer = await request<TestsAnswer>(RUN_TESTS, { uri: uri.toString() });
    if (answer) reportRun(run, fileItem(tests, uri, answer), answer);
  }
  run.end();
}

function* iterate(items: vscode.TestItemCollection): Generator<vscode.TestItem> {
  for (const [, item] of items) yield item;
}

// --- Explain a payee --------------------------------------------------------------------------

async function explainCommand(uri: vscode.Uri | undefined, payee: string | undefined, explained: Map<string, string>, changed: vscode.EventEmitter<vscode.Uri>): Promise<ExplainAnswer | null> {
  if (!uri) {
    void vscode.window.showWarningMessage('payplan: open a .payplan file to explain a payee');
    return null;
  }
  const dataFile = await findDataFile(uri);
  if (!dataFile) return null;
  const list = await request<ExplainAnswer>(EXPLAIN_PAYEE, { uri: uri.toString(), dataFile });
  if (!list) return null;
  if (list.error) {
    void vscode.window.showErrorMessage(`payplan: ${list.error}`);
    return list;
  }
  const chosen = payee ?? (await vscode.window.showQuickPick(list.payees, { placeHolder: `Explain which payee of ${path.basename(dataFile)}?` }));
  if (!chosen) return null;
  const answer = await request<ExplainAnswer>(EXPLAIN_PAYEE, { uri: uri.toString(), dataFile, payee: chosen });
  if (!answer) return null;
  if (answer.error || answer.statement === null) {
    void vscode.window.showErrorMessage(`payplan: ${answer.error ?? 'no statement'}`);
    return answer;
  }
  const target = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/${chosen}.txt`, query: uri.toString() });
  explained.set(target.toString(), answer.statement);
  changed.fire(target);
  const doc = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  return answer;
}

/** The setting `payplan.preview.dataFile`, else `data/<plan>.json` beside the plan, else ask. */
async function findDataFile(uri: vscode.Uri): Promise<string | undefined> {
  const setting = vscode.workspace.getConfiguration('payplan', uri).get<string>('preview.dataFile', '').trim();
  const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(uri.fsPath);
  if (setting) return path.resolve(folder, setting);
  const base = path.basename(uri.fsPath, '.payplan');
  for (const candidate of [path.join(path.dirname(uri.fsPath), 'data', `${base}.json`), path.join(path.dirname(uri.fsPath), `${base}.json`)]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Payee data': ['json', 'csv'] }, openLabel: 'Explain payees of this file' });
  return picked?.[0]?.fsPath;
}
