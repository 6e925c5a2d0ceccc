/**
 * The code blocks of docs/language.md as complete files. Fragments (a component, a few lets) are
 * wrapped in a plan, or in a component of a plan, and the doc's `…` placeholders are filled in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const doc = readFileSync(join(import.meta.dirname, '../../docs/language.md'), 'utf8');

// Every fenced block, so a tagged one (```text) cannot be misread as the start of plan code; the
// untagged ones are plan code.
export const docBlocks: readonly string[] = [...doc.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === '').map((m) => m[2]!);

const componentItems = /^(commission|attainment|gate|payout)\b/;

function firstWord(block: string): string {
  return block.replace(/^\s*(\/\/.*\n\s*)*/, '').split(/\s/)[0] ?? '';
}

export function asFile(block: string): string {
  const filled = block.replaceAll('$…', '$1').replaceAll('{ … }', '{ from $0 -> 5% }');
  const word = firstWord(filled);
  if (word === 'plan' || word === 'test') return filled;
  if (componentItems.test(word)) return `plan "P" {\ncomponent C {\n${filled}}\n}\n`;
  return `plan "P" {\n${filled}}\n`;
}

export const docFiles: readonly string[] = docBlocks.map(asFile);
