/**
 * The rest of the server's features over the real protocol: each handler's conversion of the
 * protocol-free answer (ranges, kinds, encodings), the workspace read at start-up, and the test
 * command behind the code lens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CodeLens,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  InlayHint,
  Location,
  SemanticTokens,
  SignatureHelp,
  SymbolInformation,
  TextEdit,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, root } from './client.js';

const examples = join(root, 'examples');
const uri = pathToFileURL(join(examples, 'csm-fy2026.payplan')).href;
const text = readFileSync(join(examples, 'csm-fy2026.payplan'), 'utf8');
const lines = text.split('\n');
const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle));
const at = (needle: string, delta = 0) => ({ line: lineOf(needle), character: lines[lineOf(needle)]!.indexOf(needle) + delta });

let client: LspClient;

beforeAll(async () => {
  // The main-thread path (no diagnostics worker); protocol.test.ts runs with the worker.
  client = await LspClient.start({ rootUri: pathToFileURL(examples).href, initializationOptions: { worker: false } });
  await client.open(uri, text);
  await client.diagnostics(uri, (p) => p.version === 1);
}, 60_000);

afterAll(async () => {
  if (client.child.exitCode === null) await client.stop();
});

describe('language server features over stdio', () => {
  it('publishes nothing for a clean example, and its test outcomes feed the code lenses', async () => {
    expect((await client.diagnostics(uri, (p) => p.version === 1)).diagnostics).toEqual([]);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses.slice(0, 4).map((l) => [l.range.start.line, l.command?.title, l.command?.command])).toEqual([
      [lineOf('component Retention'), 'pays $18,750 at 100%', ''],
      [lineOf('component Expansion'), 'pays $6,250 at 100%', ''],
      [lineOf('test "retention at 95% (brief)"'), '▶ run test', 'payplan.runTest'],
      [lineOf('test "retention at 95% (brief)"'), '✓ passed', 'payplan.runTest'],
    ]);
  });

  it('the run-test command runs the test and answers its result', async () => {
    const answer = await client.request('workspace/executeCommand', { command: 'payplan.runTest', arguments: [uri, 'both caps bind'] });
    expect(answer).toEqual({ name: 'both caps bind', result: '✓ passed', passed: true, failed: 0, total: 3 });
    expect(client.messages).toContain('payplan: test "both caps bind" ✓ passed');
  });

  it('signature help inside a call', async () => {
    const doc = 'file:///work/sig.payplan';
    await client.open(doc, 'plan "P" {\n  currency USD\n  input a: Money\n  let b = clamp(a, \n}\n');
    const help = await client.request<SignatureHelp>('textDocument/signatureHelp', { textDocument: { uri: doc }, position: { line: 3, character: 19 } });
    expect(help).toEqual({
      signatures: [{ label: 'clamp(value, low, high)', documentation: { kind: 'markdown', value: 'The value, raised to `low` or lowered to `high` when outside them' }, parameters: [{ label: [6, 11] }, { label: [13, 16] }, { label: [18, 22] }] }],
      activeSignature: 0,
      activeParameter: 1,
    });
  });

  it('references and document highlights', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: at('let grr', 4), context: { includeDeclaration: true } });
    expect(refs.map((r) => `${r.range.start.line + 1}:${r.range.start.character}`)).toEqual([`${lineOf('let grr') + 1}:6`, `${lineOf('gate grr') + 1}:9`]);
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position: at('gate grr', 5) });
    expect(highlights.map((h) => h.kind)).toEqual([3, 2]);
  });

  it('document symbols: the outline with LSP symbol kinds', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols[0]!.name).toBe('CSM FY2026');
    expect(symbols[0]!.kind).toBe(2);
    expect(symbols[0]!.children!.map((c) => [c.kind, c.name])).toEqual([
      [13, 'start_arr'], [13, 'contraction'], [13, 'churn'], [13, 'retention_target'], [13, 'expansion_arr'], [13, 'expansion_target'],
      [14, 'retained_arr'], [14, 'grr'], [5, 'Retention'], [5, 'Expansion'],
    ]);
    expect(symbols.slice(1).map((s) => s.kind)).toEqual(Array(7).fill(6));
  });

  it('workspace symbols from every example read at start-up', async () => {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'NewBusiness' });
    expect(found.map((s) => `${s.location.uri.split('/').pop()} ${s.containerName}`).sort()).toEqual([
      'ae-fy2026-marginal.payplan AE FY2026 (marginal)',
      'ae-fy2026-retroactive.payplan AE FY2026 (retroactive)',
    ]);
  });

  it('folding ranges', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    expect(folds[0]).toEqual({ startLine: 0, endLine: 10, kind: 'comment' });
    expect(folds).toContainEqual({ startLine: lineOf('component Retention'), endLine: lineOf('cap 150% of target'), kind: 'region' });
  });

  it('semantic tokens: relative positions, legend indexes, `money` and `percent` types', async () => {
    const legend = (client.initializeResult.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes;
    const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
      decoded.push(`${lines[line]!.slice(character, character + data[i + 2]!)}:${legend[data[i + 3]!]}`);
    }
    expect(decoded.slice(decoded.indexOf('ote:keyword'), decoded.indexOf('ote:keyword') + 6)).toEqual(['ote:keyword', '$100,000:money', 'mix:keyword', '75%:percent', 'base:keyword', '25%:percent']);
    expect(decoded).toContain('Retention:class');
    expect(decoded).toContain('start_arr:parameter');
  });

  it('inlay hints in a range', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: lineOf('component Retention'), character: 0 }, end: { line: lineOf('slope 2'), character: 80 } },
    });
    // Each hint stands right after what it explains (the examples' alignment may change).
    const after = (lineNeedle: string, end: string) => `${lineOf(lineNeedle)}:${lines[lineOf(lineNeedle)]!.indexOf(end) + end.length}`;
    expect(hints.map((h) => `${h.position.line}:${h.position.character} ${h.label}`)).toEqual([
      `${after('component Retention', 'weight 75%')} = $18,750 per year`,
      `${after('below 85%', '-> 0%')} = $0`,
      `${after('from 85% below 100%', 'linear 50% to 100%')} = $9,375 → $18,750`,
      `${after('slope 2', 'slope 2')} = +$375 per point`,
    ]);
  });

  it('prepareRename answers the range and the name', async () => {
    const prepared = await client.request('textDocument/prepareRename', { textDocument: { uri }, position: at('let grr', 5) });
    expect(prepared).toEqual({ range: { start: at('let grr', 4), end: at('let grr', 7) }, placeholder: 'grr' });
  });

  it('range formatting: whole items only', async () => {
    const doc = 'file:///work/range.payplan';
    const messy = text.replace('  ote $100,000', '  ote   $100,000');
    await client.open(doc, messy);
    const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri: doc },
      range: { start: { line: lineOf('ote $100,000'), character: 0 }, end: { line: lineOf('ote $100,000'), character: 18 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(TextDocument.applyEdits(TextDocument.create(doc, 'payplan', 1, messy), edits)).toBe(text);
    const cut = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri: doc },
      range: { start: { line: lineOf('component Retention'), character: 0 }, end: { line: lineOf('attainment retained_arr'), character: 5 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(cut).toEqual([]);
  });
});
