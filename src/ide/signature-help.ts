/**
 * Signature help for the built-in functions (`min`, `max`, `clamp`, `abs`, `ytd`) and the
 * aggregations (`sum(value for x in list where condition)`, …), read from the tokens before the
 * cursor so it works while the call is still unfinished.
 */
import type { IToken } from 'chevrotain';
import { BUILTIN_FUNCTIONS } from '../check/calls.js';
import { lex } from '../syntax/lexer.js';
import { AGGREGATIONS } from './hover-symbols.js';
import type { WorkspaceIndex } from './workspace.js';

export interface SignatureInformation {
  readonly label: string;
  readonly documentation: string;
  /** Each parameter as its [start, end) within `label`. */
  readonly parameters: readonly (readonly [number, number])[];
}

export interface SignatureHelpResult {
  readonly signatures: readonly SignatureInformation[];
  readonly activeSignature: number;
  readonly activeParameter: number;
}

export function signatureHelp(index: WorkspaceIndex, uri: string, offset: number): SignatureHelpResult | null {
  const program = index.get(uri);
  if (!program) return null;
  const tokens = lex(program.file).tokens.filter((t) => Number.isFinite(t.startOffset) && t.startOffset + t.image.length <= offset);
  const call = openCall(tokens);
  if (!call) return null;
  const { name, args } = call;
  const words = args.map((t) => t.image);
  const fn = BUILTIN_FUNCTIONS.find((f) => f.name === name);
  const agg = AGGREGATIONS.find((a) => a.name === name);
  const signatures: SignatureInformation[] = [];
  if (fn) signatures.push(signature(fn.signature, fn.doc));
  if (agg) signatures.push(aggregateSignature(agg.signature, agg.doc));
  if (signatures.length === 0) return null;
  const isAggregate = agg !== undefined && (fn === undefined || words.includes('for') || (name === 'count'));
  if (isAggregate) {
    const clauses = name === 'count' ? ['in', 'where'] : ['for', 'in', 'where'];
    const active = clauses.reduce((n, word, i) => (words.includes(word) ? i + 1 : n), 0);
    return { signatures, activeSignature: signatures.length - 1, activeParameter: active };
  }
  const commas = words.filter((w) => w === ',').length;
  const params = signatures[0]!.parameters.length;
  return { signatures, activeSignature: 0, activeParameter: Math.min(commas, params - 1) };
}

/** The innermost call whose `(` is still open before the cursor: its name and the tokens after `(` at its depth. */
function openCall(tokens: readonly IToken[]): { name: string; args: IToken[] } | null {
  let depth = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const image = tokens[i]!.image;
    if (image === ')' || image === ']' || image === '}') depth++;
    else if (image === '(' || image === '[' || image === '{') {
      if (depth === 0) {
        if (image !== '(') return null;
        const callee = tokens[i - 1];
        if (!callee || !/^[\p{L}_]/u.test(callee.image)) return null;
        return { name: callee.image, args: atDepthZero(tokens.slice(i + 1)) };
      }
      depth--;
    }
  }
  return null;
}

function atDepthZero(tokens: readonly IToken[]): IToken[] {
  const out: IToken[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.image === '(' || t.image === '[' || t.image === '{') depth++;
    else if (t.image === ')' || t.image === ']' || t.image === '}') depth--;
    else if (depth === 0) out.push(t);
  }
  return out;
}

/** `clamp(value, low, high)` → parameters at `value`, `low`, `high`. */
function signature(label: string, documentation: string): SignatureInformation {
  const open = label.indexOf('(');
  const parameters: [number, number][] = [];
  let start = open + 1;
  for (let i = start; i <= label.length - 1; i++) {
    if (label[i] === ',' || i === label.length - 1) {
      parameters.push([start, i]);
      start = i + 2;
    }
  }
  return { label, documentation, parameters };
}

/** `sum(value for x in list where condition)` → `value`, `x`, `list`, `condition`. */
function aggregateSignature(label: string, documentation: string): SignatureInformation {
  const inside = label.slice(label.indexOf('(') + 1, -1);
  const base = label.indexOf('(') + 1;
  const parameters: [number, number][] = [];
  const keywords = new Set(['for', 'in', 'where']);
  let at = 0;
  for (const word of inside.split(' ')) {
    if (!keywords.has(word)) parameters.push([base + at, base + at + word.length]);
    at += word.length + 1;
  }
  return { label, documentation, parameters };
}
