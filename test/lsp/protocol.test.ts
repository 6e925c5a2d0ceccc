/**
 * The real server over stdio, spoken to in JSON-RPC: every request a client makes in a session,
 * with the exact answers. Positions are UTF-16 (the fixture has accents and emoji before the
 * places it asserts), and a request that fails inside the server is answered empty while the
 * server lives on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, Hover, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatPlan } from '../../src/format/format.js';
import { LspClient, root } from './client.js';

const uri = 'file:///work/prime.payplan';
const fixed = readFileSync(join(root, 'test', 'lsp', 'fixtures', 'prime.payplan'), 'utf8');
const broken = fixed.replace('when atteinte >=', 'when atteintes >=');

let client: LspClient;

beforeAll(async () => {
  client = await LspClient.start();
}, 60_000);

afterAll(async () => {
  if (client.child.exitCode === null) client.child.kill();
});

function pos(line: number, character: number) {
  return { line, character };
}

describe('payplan language server over stdio', () => {
  it('initialize: announces every feature it implements', () => {
    expect(client.initializeResult.serverInfo?.name).toBe('payplan');
    const { semanticTokensProvider, ...rest } = client.initializeResult.capabilities;
    expect(rest).toEqual({
      positionEncoding: 'utf-16',
      textDocumentSync: { openClose: true, change: 2 },
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
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      executeCommandProvider: { commands: ['payplan.runTest'] },
    });
    expect(semanticTokensProvider).toMatchObject({ full: true, range: false });
    expect((semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend.tokenTypes).toEqual(
      expect.arrayContaining(['keyword', 'money', 'percent', 'class', 'parameter', 'enumMember']),
    );
  });

  it('didOpen a broken plan: publishes its diagnostic with code, UTF-16 range, message and docs link', async () => {
    await client.open(uri, broken, 1);
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    expect(published.diagnostics.map(({ code, range, message, severity, source, codeDescription }) => ({ code, range, message, severity, source, codeDescription }))).toEqual([
      {
        code: 'PP2001',
        // `  bonus "Prime 🎉" €500 when atteintes`: the emoji is two UTF-16 code units, so the
        // name starts at character 29 (28 code points).
        range: { start: pos(23, 29), end: pos(23, 38) },
        message: '`atteintes` is not defined\nhelp: did you mean `atteinte`?',
        severity: 1,
        source: 'payplan',
        codeDescription: { href: 'https://payplan.dev/docs/diagnostics#pp2001-unknown-name' },
      },
    ]);
  });

  it('codeAction: offers the did-you-mean fix for the diagnostic it was sent', async () => {
    const published = await client.diagnostics(uri, (p) => p.version === 1);
    const diagnostic = published.diagnostics[0]!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    expect(actions).toEqual([
      {
        title: 'Change to `atteinte`',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [uri]: [{ range: { start: pos(23, 29), end: pos(23, 38) }, newText: 'atteinte' }] } },
      },
    ]);
  });

  it('didChange that fixes the plan: the diagnostics are cleared', async () => {
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: pos(23, 29), end: pos(23, 38) }, text: 'atteinte' }],
    });
    const published = await client.diagnostics(uri, (p) => p.version === 2);
    expect(published.diagnostics).toEqual([]);
  });

  it('hover: a component shows its target incentive and what it pays at 100%', async () => {
    const result = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(13, 13) });
    expect(result).toEqual({
      contents: {
        kind: 'markdown',
        value: [
          '```payplan\ncomponent Ventes weight 100%\n```',
          'target incentive = €20,000 per year (€5,000 per quarter); pays €20,000 at 100%',
          'pays on a curve of attainment `atteinte`',
          'capped at `200% of target` = €10,000 per quarter',
        ].join('\n\n'),
      },
      range: { start: pos(13, 12), end: pos(13, 18) },
    });
  });

  it('hover: a name after accents is found at its UTF-16 position', async () => {
    // `  let atteinte = réalisé / quota_été`: hover on `quota_été`.
    const result = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(11, 30) });
    expect(result?.range).toEqual({ start: pos(11, 27), end: pos(11, 36) });
    expect((result?.contents as { value: string }).value).toBe(
      '```payplan\ninput quota_été: Money (EUR)\n```\n\ngiven each quarter; must be positive\n\nLe quota du trimestre 🎯',
    );
  });

  it('completion: the names an expression can use, after `when`', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: pos(23, 29) });
    const names = items.filter((i) => i.kind === 6 || i.kind === 21).map((i) => i.label);
    expect(names).toEqual(['quota_été', 'réalisé', 'atteinte', 'base', 'variable', 'target', 'period']);
    const atteinte = items.find((i) => i.label === 'atteinte');
    expect(atteinte?.textEdit).toEqual({ range: { start: pos(23, 29), end: pos(23, 29) }, newText: 'atteinte' });
    expect(atteinte?.detail).toBe('Percent');
  });

  it('definition: from a use to the declaration', async () => {
    const result = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: pos(14, 18) });
    expect(result).toEqual([{ uri, range: { start: pos(11, 6), end: pos(11, 14) } }]);
  });

  it('rename: every occurrence, in the plan and in its test', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: pos(9, 9), newName: 'montant' });
    expect(edit).toEqual({
      changes: {
        [uri]: [
          { range: { start: pos(9, 8), end: pos(9, 15) }, newText: 'montant' },
          { range: { start: pos(11, 17), end: pos(11, 24) }, newText: 'montant' },
          { range: { start: pos(27, 31), end: pos(27, 38) }, newText: 'montant' },
        ],
      },
    });
  });

  it('rename: a keyword is refused with a message', async () => {
    await expect(client.request('textDocument/rename', { textDocument: { uri }, position: pos(9, 9), newName: 'input' })).rejects.toThrow(
      '`input` is a payplan keyword; choose another name',
    );
  });

  it('formatting: the edits turn the document into its canonical layout', async () => {
    const messy = fixed.replace('  currency EUR', 'currency    EUR');
    const messyUri = 'file:///work/messy.payplan';
    await client.open(messyUri, messy);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: messyUri }, options: { tabSize: 2, insertSpaces: true } });
    const doc = TextDocument.create(messyUri, 'payplan', 1, messy);
    expect(TextDocument.applyEdits(doc, edits)).toBe(await formatPlan(messy));
    expect(edits).toEqual([{ range: { start: pos(2, 0), end: pos(2, 11) }, newText: '  currency' }]);
  });

  it('a request that fails inside the server is answered empty and logged, and the server lives on', async () => {
    const bad = await client.request('textDocument/hover', { textDocument: { uri }, position: null });
    expect(bad).toBeNull();
    expect(await client.waitForLog(/payplan: hover failed/)).toMatch(/hover failed/);
    const good = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: pos(13, 13) });
    expect(good?.range).toEqual({ start: pos(13, 12), end: pos(13, 18) });
  });

  it('didClose clears the diagnostics', async () => {
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    const last = await client.diagnostics(uri, (p) => p.version === undefined && p.diagnostics.length === 0);
    expect(last.diagnostics).toEqual([]);
  });

  it('shutdown and exit: the server ends with code 0', async () => {
    expect(await client.stop()).toBe(0);
  });
});
