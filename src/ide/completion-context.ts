/**
 * Where the cursor stands, for completion, read from the tokens before it rather than from the AST:
 * while a line is being typed the parser has nothing whole to build, but the tokens still say which
 * block the cursor is in (plan, component, band table, test, test values…) and what the current
 * item has said so far (`input quota:` wants a type, `currency` a code, `->` a band value).
 */
import type { IToken } from 'chevrotain';
import type { Program } from '../program.js';
import { lex } from '../syntax/lexer.js';
import { lineColumnAt } from '../text/source-file.js';

export type BlockKind = 'top' | 'plan' | 'test' | 'component' | 'bands' | 'record' | 'enum' | 'values' | 'literal' | 'paren' | 'list';

export interface CompletionContext {
  /** Inside a comment or text in quotes: nothing to complete. */
  readonly quiet: boolean;
  readonly block: BlockKind;
  /** The blocks around the cursor, outermost first (`top` not included). */
  readonly blocks: readonly BlockKind[];
  /** What the current item has said so far, before the name being typed. */
  readonly item: readonly string[];
  /** The token right before the name being typed, if any. */
  readonly previous: string | null;
}

const CONTINUES = new Set(['+', '-', '*', '/', 'of', 'and', 'or', 'not', '<', '<=', '>', '>=', '==', '!=', '=', '->', ',', '(', '[', ':', '|', 'if', 'then', 'else', 'where', 'in', 'for', 'on', 'at', 'by', 'when', 'to', 'weight', 'attainment', 'gate', 'cap', 'floor']);

interface Open {
  readonly kind: BlockKind;
  /** Index in `tokens` of the first token of the current item. */
  itemStart: number;
}

export function completionContext(program: Program, wordStart: number): CompletionContext {
  const text = program.file.text;
  const quiet =
    program.syntax.comments.some((c) => c.span.start < wordStart && wordStart <= c.span.end) ||
    insideString(text, wordStart);
  const tokens = lex(program.file).tokens.filter((t) => t.startOffset + t.image.length <= wordStart && Number.isFinite(t.startOffset));
  const stack: Open[] = [{ kind: 'top', itemStart: 0 }];
  const lineOf = (t: IToken) => lineColumnAt(program.file, t.startOffset).line;
  tokens.forEach((token, i) => {
    const top = stack[stack.length - 1]!;
    const prev = tokens[i - 1];
    if (prev && lineOf(prev) !== lineOf(token) && statementBlock(top.kind) && !CONTINUES.has(prev.image)) top.itemStart = i;
    switch (token.image) {
      case '{':
        stack.push({ kind: blockOpenedBy(tokens, top), itemStart: i + 1 });
        break;
      case '(':
        stack.push({ kind: 'paren', itemStart: top.itemStart });
        break;
      case '[':
        stack.push({ kind: 'list', itemStart: top.itemStart });
        break;
      case '}':
      case ')':
      case ']':
        if (stack.length > 1) stack.pop();
        if (token.image === '}') stack[stack.length - 1]!.itemStart = i + 1;
        break;
    }
  });
  const top = stack[stack.length - 1]!;
  const start = top.kind === 'values' || top.kind === 'literal' ? lastFieldStart(tokens, top.itemStart) : top.itemStart;
  const item = tokens.slice(start).map((t) => t.image);
  // A new line in a block of items starts a new item, unless the line before ends mid-expression.
  const last = tokens[tokens.length - 1];
  const newLine = last !== undefined && lineColumnAt(program.file, wordStart).line !== lineOf(last) && statementBlock(top.kind) && !CONTINUES.has(last.image);
  return {
    quiet,
    block: top.kind,
    blocks: stack.slice(1).map((b) => b.kind),
    item: newLine ? [] : item,
    previous: last?.image ?? null,
  };
}

function statementBlock(kind: BlockKind): boolean {
  return kind === 'top' || kind === 'plan' || kind === 'component' || kind === 'bands' || kind === 'test';
}

/** Inside a record literal, the current item is the current field (after the last `,` or `{`). */
function lastFieldStart(tokens: readonly IToken[], from: number): number {
  let depth = 0;
  for (let i = tokens.length - 1; i >= from; i--) {
    const image = tokens[i]!.image;
    if (image === ')' || image === ']' || image === '}') depth++;
    else if (image === '(' || image === '[' || image === '{') depth--;
    else if (image === ',' && depth === 0) return i + 1;
  }
  return from;
}

function blockOpenedBy(tokens: readonly IToken[], outer: Open): BlockKind {
  const head = tokens[outer.itemStart]?.image;
  if (outer.kind === 'top') return head === 'plan' ? 'plan' : head === 'test' ? 'test' : 'literal';
  if (outer.kind === 'test') return head === 'given' || /^(FY|Q\d|M\d+)$/.test(head ?? '') ? 'values' : 'literal';
  if (outer.kind === 'plan') {
    if (head === 'component') return 'component';
    if (head === 'record') return 'record';
    if (head === 'enum') return 'enum';
    return 'literal';
  }
  if (outer.kind === 'component') return head === 'payout' || head === 'commission' ? 'bands' : 'literal';
  return 'literal';
}

/** Whether an unclosed `"` opens before `offset` on its line. */
function insideString(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let inside = false;
  for (let i = lineStart; i < offset; i++) {
    const ch = text[i];
    if (!inside && ch === '/' && text[i + 1] === '/') return false;
    if (ch === '"') inside = !inside;
    else if (ch === '\\' && inside) i++;
  }
  return inside;
}
