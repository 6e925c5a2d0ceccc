/**
 * Extension-host integration tests: run inside VS Code's extension host (code-server), against the
 * real `vscode` API and the extension under development (vscode-extension/). Started by
 * host.test.ts through the workbench's `payload` (extensionDevelopmentPath, extensionTestsPath).
 * Results go to the JSON file named by PAYPLAN_E2E_RESULTS: console output does not reach the page.
 *
 * The workspace is a copy of examples/ (with data/), plus broken.payplan, failing.payplan and
 * unformatted.payplan written by host.test.ts.
 */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const results = [];
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function poll(what, fn, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await wait(100);
  }
}

function fileUri(name) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);
}

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Waits until the server answers for the document (its code lenses arrive). */
async function ready(doc) {
  await poll(`the server on ${path.basename(doc.uri.fsPath)}`, async () => {
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri);
    return lenses && lenses.length > 0;
  });
}

const tests = [
  ['activates on a .payplan file and starts the language server', async () => {
    const doc = await open('csm-fy2026.payplan');
    assert.equal(doc.languageId, 'payplan');
    const ext = vscode.extensions.getExtension('payplan.payplan');
    assert.ok(ext, 'extension payplan.payplan is installed');
    await poll('activation', () => ext.isActive);
    await ready(doc);
  }],

  ['completion offers the names in scope, then builtins and keywords', async () => {
    const doc = await open('csm-fy2026.payplan');
    // `    attainment retained_arr / retention_target`: completing at the start of the expression.
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(28, 15));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const name of ['start_arr', 'contraction', 'churn', 'retention_target', 'expansion_arr', 'expansion_target', 'retained_arr', 'grr', 'target', 'sum', 'ytd', 'if']) {
      assert.ok(labels.includes(name), `completion has ${name}: ${labels.join(', ')}`);
    }
    const grr = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'grr');
    assert.equal(grr.kind, vscode.CompletionItemKind.Constant); // a `let` is a constant of the plan
  }],

  ['go to definition jumps from a use to its `let`', async () => {
    const doc = await open('csm-fy2026.payplan');
    const found = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, new vscode.Position(28, 16));
    assert.equal(found.length, 1, JSON.stringify(found));
    const target = found[0].targetUri ?? found[0].uri;
    const range = found[0].targetSelectionRange ?? found[0].targetRange ?? found[0].range;
    assert.equal(target.toString(), doc.uri.toString());
    assert.deepEqual([range.start.line, range.start.character, range.end.line, range.end.character], [24, 6, 24, 18]);
    assert.equal(doc.getText(range), 'retained_arr');
  }],

  ['rename changes the definition and every use', async () => {
    const doc = await open('csm-fy2026.payplan');
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, new vscode.Position(25, 7), 'gross_retention');
    const edits = edit.get(doc.uri).map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.newText]);
    assert.deepEqual(edits, [
      [25, 6, 25, 9, 'gross_retention'],
      [39, 9, 39, 12, 'gross_retention'],
    ]);
  }],

  ['formatting lays a plan out canonically', async () => {
    const doc = await open('unformatted.payplan');
    await ready(doc);
    const edits = await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true });
    assert.ok(edits && edits.length > 0, 'formatting edits');
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.getText(), fs.readFileSync(path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, 'formatted.expected'), 'utf8'));
  }],

  ['a broken plan gets the server diagnostic', async () => {
    const doc = await open('broken.payplan');
    const diagnostics = await poll('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(doc.uri);
      return d.length > 0 ? d : null;
    });
    assert.deepEqual(
      diagnostics.map((d) => [d.severity, typeof d.code === 'object' ? d.code.value : d.code, d.range.start.line, d.range.start.character, d.message.split('\n')[0]]),
      [[vscode.DiagnosticSeverity.Error, 'PP2001', 25, 27, '`start_ar` is not defined']],
    );
  }],

  ['Show payout curve answers each component and the total', async () => {
    await open('csm-fy2026.payplan');
    const plans = await vscode.commands.executeCommand('payplan.showPayoutCurve');
    assert.equal(plans.length, 1);
    const plan = plans[0];
    assert.equal(plan.plan, 'CSM FY2026');
    assert.deepEqual(plan.components.map((c) => [c.name, c.unit, c.atTarget]), [
      ['Retention', 'money', '$18,750 per year'],
      ['Expansion', 'money', '$6,250 per year'],
    ]);
    const at = (points, a) => points.find((p) => p.attainment === a).payout;
    assert.equal(at(plan.components[0].points, 0.95), 15625);
    assert.equal(at(plan.components[0].points, 2), 28125); // capped at 150% of target
    assert.equal(at(plan.total, 1), 25000);
    assert.deepEqual(plan.notDrawn, []);
  }],

  ['Run tests in file reports every test, and a failing `expect` where it is', async () => {
    await open('csm-fy2026.payplan');
    const passing = await vscode.commands.executeCommand('payplan.runTestsInFile');
    assert.deepEqual([passing.error, passing.passed, passing.failed, passing.tests.length], [null, 7, 0, 7]);
    const doc = await open('failing.payplan');
    await ready(doc);
    const failing = await vscode.commands.executeCommand('payplan.runTestsInFile');
    assert.deepEqual([failing.passed, failing.failed], [6, 1]);
    const failed = failing.tests.find((t) => !t.passed);
    assert.equal(failed.name, 'retention at 95% (brief)');
    const bad = failed.expectations.filter((e) => !e.passed);
    assert.deepEqual(bad.map((e) => [e.label, e.expected, e.actual, e.range.start.line]), [['Retention', '$15,000.00', '$15,625.00', 59]]);
    const diagnostics = await poll('PP5001', () => vscode.languages.getDiagnostics(doc.uri).filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'PP5001').length > 0 && vscode.languages.getDiagnostics(doc.uri));
    const pp5001 = diagnostics.filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'PP5001');
    assert.deepEqual(pp5001.map((d) => d.range.start.line), [59]);
  }],

  ['Explain a payee shows the statement with its derivation', async () => {
    await open('csm-fy2026.payplan');
    const answer = await vscode.commands.executeCommand('payplan.explainPayee', undefined, 'Alex Kim');
    assert.equal(answer.error, null);
    assert.deepEqual(answer.payees, ['Alex Kim', 'Maria Lopez', 'Sam Okafor', 'Jordan Blake']);
    assert.match(answer.statement, /Payee:\s+Alex Kim/);
    assert.match(answer.statement, /attainment: 95% \(retained_arr \/ retention_target\)/);
    assert.match(answer.statement, /Total\s+\$21,875\.00/);
    const shown = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'payplan-explain');
    assert.ok(shown, 'the statement is open in a side panel');
    assert.equal(shown.getText(), answer.statement);
  }],
];

async function run() {
  for (const [name, fn] of tests) {
    const started = Date.now();
    try {
      await fn();
      results.push({ name, ok: true, ms: Date.now() - started });
    } catch (error) {
      results.push({ name, ok: false, ms: Date.now() - started, error: error && error.stack ? error.stack : String(error) });
    }
    fs.writeFileSync(process.env.PAYPLAN_E2E_RESULTS, JSON.stringify(results, null, 2));
  }
  if (results.some((r) => !r.ok)) throw new Error(`${results.filter((r) => !r.ok).length} extension-host test(s) failed`);
}

module.exports = { run };
