/**
 * The extension's manifest and snippets, without VS Code (part of the default suite): the language
 * contribution activates on `.payplan` files, every command the code registers is contributed, and
 * every snippet, with its placeholders filled with their defaults, is a plan that checks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Program } from '../../../src/index.js';
import { root } from './code-server.js';

const ext = join(root, 'vscode-extension');
const manifest = JSON.parse(readFileSync(join(ext, 'package.json'), 'utf8'));
const snippets: Record<string, { prefix: string[]; body: string[] }> = JSON.parse(readFileSync(join(ext, 'snippets', 'payplan.json'), 'utf8'));

/** A snippet as inserted when every placeholder keeps its default (the first choice of a choice). */
export function expand(body: readonly string[]): string {
  const values = new Map<string, string>();
  // Escaped characters (`\$`, `\}`) are set aside first, so that no rule below reads them.
  let text = body.join('\n').replace(/\t/g, '  ').replace(/\\([$}\\])/g, (_m, c: string) => `\u0000${c.charCodeAt(0)}\u0000`);
  // Innermost placeholders first, so that nested ones resolve.
  for (let guard = 0; guard < 20 && /\$\{\d+[:|]/.test(text); guard++) {
    text = text.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_m, n: string, choices: string) => {
      const first = choices.split(',')[0]!;
      values.set(n, first);
      return first;
    });
    text = text.replace(/\$\{(\d+):([^}$]*)\}/g, (_m, n: string, value: string) => {
      values.set(n, value);
      return value;
    });
  }
  text = text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, a: string | undefined, b: string | undefined) => values.get((a ?? b)!) ?? '');
  return text.replace(/\u0000(\d+)\u0000/g, (_m, code: string) => String.fromCharCode(Number(code)));
}

describe('the extension manifest', () => {
  it('contributes the payplan language, activated on it, with the grammar and configuration from grammar/', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:payplan']);
    expect(manifest.contributes.languages).toEqual([
      { id: 'payplan', aliases: ['payplan', 'PayPlan'], extensions: ['.payplan'], configuration: './out/language-configuration.json' },
    ]);
    expect(manifest.contributes.grammars).toEqual([{ language: 'payplan', scopeName: 'source.payplan', path: './out/payplan.tmLanguage.json' }]);
    expect(JSON.parse(readFileSync(join(root, 'grammar', 'payplan.tmLanguage.json'), 'utf8')).scopeName).toBe('source.payplan');
  });

  it('follows payplan’s version', () => {
    expect(manifest.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('contributes every command the extension registers, and the two settings', () => {
    const source = readFileSync(join(ext, 'src', 'extension.ts'), 'utf8');
    const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command).sort()).toEqual(registered);
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual(['payplan.preview.dataFile', 'payplan.trace.server']);
  });
});

describe('snippets', () => {
  const wrap: Record<string, (s: string) => string> = {
    'Base + variable with two KPIs': (s) => s,
    'Marginal commission with accelerator': (s) => `plan "P" {\n  currency USD\n  input bookings: Money\n  input quota: Money must be positive\n${s}\n}`,
    'Threshold + cap': (s) => `plan "P" {\n  currency USD\n  ote $100,000\n  mix 50% base / 50% variable\n  input bookings: Money\n  input quota: Money must be positive\n${s}\n}`,
    'Test block': (s) => `${readFileSync(join(root, 'examples', 'ae-fy2026-marginal.payplan'), 'utf8')}\n${s}`,
  };

  it('are the four common plan shapes', () => {
    expect(Object.keys(snippets)).toEqual(Object.keys(wrap));
  });

  it.each(Object.keys(wrap))('%s expands to a plan that checks', (name) => {
    const text = wrap[name]!(expand(snippets[name]!.body));
    const program = new Program(`${name}.payplan`, text);
    expect(program.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
  });

  it('the test block passes against the AE example', async () => {
    const { runTests } = await import('../../../src/index.js');
    const program = new Program('t.payplan', wrap['Test block']!(expand(snippets['Test block']!.body)));
    const result = runTests(program.checked, program.file.text).find((t) => t.name === 'AE at 120% of quota');
    expect(result?.expectations.map((e) => [e.label, e.passed])).toEqual([['NewBusiness', true], ['total', false]]);
  });
});
