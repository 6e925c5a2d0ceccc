/**
 * Tokenizes payplan text with the TextMate grammar (grammar/payplan.tmLanguage.json), the way VS
 * Code does: vscode-textmate with the Oniguruma regex engine (WebAssembly) from vscode-oniguruma.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Oniguruma from 'vscode-oniguruma';
import type * as TextMate from 'vscode-textmate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GRAMMAR_PATH = join(root, 'grammar', 'payplan.tmLanguage.json');
const require = createRequire(import.meta.url);
// Both packages are CommonJS: required, so that tsx, vitest and tsc agree on their shape.
const oniguruma = require('vscode-oniguruma') as typeof Oniguruma;
const textmate = require('vscode-textmate') as typeof TextMate;

export interface Token {
  readonly line: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammarPromise: Promise<TextMate.IGrammar> | null = null;

export function loadGrammar(): Promise<TextMate.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'source.payplan' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const grammar = await registry.loadGrammar('source.payplan');
    if (!grammar) throw new Error('grammar source.payplan did not load');
    return grammar;
  })();
  return grammarPromise;
}

/** Every token of `text`, line by line, with its scopes (outermost first). */
export async function tokenize(text: string): Promise<Token[]> {
  const grammar = await loadGrammar();
  const out: Token[] = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) out.push({ line: index, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = result.ruleStack;
  });
  return out;
}

/** The innermost scope of each non-blank token, as `text => scope` lines (for reading and debugging). */
export async function dump(text: string): Promise<string> {
  return (await tokenize(text))
    .filter((t) => t.text.trim() !== '')
    .map((t) => `${t.line + 1}: ${JSON.stringify(t.text)} => ${t.scopes.slice(1).join(' ')}`)
    .join('\n');
}
