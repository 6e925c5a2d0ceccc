/**
 * Rename a symbol everywhere the workspace names it: declarations, uses, test data and `expect`
 * lines, across files. Plan and bonus names are quoted text; their rename replaces the text inside
 * the quotes. A new name must be one the language reads as a name, and must not clash with another
 * symbol of the plan.
 */
import type { CheckedPlan } from '../check/model.js';
import type { TextEdit } from '../diagnostics/diagnostic.js';
import { lex } from '../syntax/lexer.js';
import { Identifier } from '../syntax/tokens.js';
import { createSourceFile } from '../text/source-file.js';
import type { Span } from '../text/span.js';
import { occurrenceAt, occurrencesOf, type Occurrence } from './symbols.js';
import type { WorkspaceIndex } from './workspace.js';

export interface FileEdits {
  readonly uri: string;
  readonly edits: readonly TextEdit[];
}

export type PrepareRenameResult = { readonly span: Span; readonly placeholder: string } | { readonly error: string };
export type RenameResult = { readonly changes: readonly FileEdits[] } | { readonly error: string };

const RENAMEABLE = new Set(['plan', 'input', 'let', 'component', 'bonus', 'enum', 'member', 'record', 'field', 'local']);
const QUOTED = new Set(['plan', 'bonus']);

function target(index: WorkspaceIndex, uri: string, offset: number): Occurrence | { error: string } {
  const at = occurrenceAt(index, uri, offset);
  if (!at) return { error: 'there is no name here to rename' };
  if (!RENAMEABLE.has(at.symbol.kind)) return { error: `\`${at.symbol.name}\` is built into payplan and cannot be renamed` };
  if (!occurrencesOf(index, at.symbol.key).some((o) => o.declaration)) return { error: `\`${at.symbol.name}\` is not declared in the workspace` };
  return at;
}

export function prepareRename(index: WorkspaceIndex, uri: string, offset: number): PrepareRenameResult {
  const at = target(index, uri, offset);
  if ('error' in at) return at;
  return { span: at.span, placeholder: at.symbol.name };
}

export function rename(index: WorkspaceIndex, uri: string, offset: number, newName: string): RenameResult {
  const at = target(index, uri, offset);
  if ('error' in at) return at;
  const problem = QUOTED.has(at.symbol.kind) ? badText(newName) : badName(newName);
  if (problem) return { error: problem };
  const clash = clashes(index, uri, at, newName);
  if (clash) return { error: clash };
  const byFile = new Map<string, TextEdit[]>();
  for (const o of occurrencesOf(index, at.symbol.key)) {
    const edits = byFile.get(o.uri) ?? [];
    edits.push({ span: o.span, newText: newName });
    byFile.set(o.uri, edits);
  }
  return { changes: [...byFile].map(([file, edits]) => ({ uri: file, edits })) };
}

function badName(name: string): string | null {
  const tokens = lex(createSourceFile('', name)).tokens;
  if (tokens.length === 1 && tokens[0]!.tokenType === Identifier && tokens[0]!.image === name) return null;
  if (tokens.length === 1 && tokens[0]!.image === name) return `\`${name}\` is a payplan keyword; choose another name`;
  return `\`${name}\` is not a name: use letters, digits and \`_\`, starting with a letter`;
}

function badText(text: string): string | null {
  if (text.length === 0) return 'the name cannot be empty';
  return /["\\\r\n]/.test(text) ? 'the name cannot contain `"`, `\\` or a line break' : null;
}

function clashes(index: WorkspaceIndex, uri: string, at: Occurrence, newName: string): string | null {
  const s = at.symbol;
  if (s.name === newName) return null;
  if (s.kind === 'plan') return index.planNamed(newName, uri) ? `a plan named "${newName}" already exists` : null;
  const plan: CheckedPlan | undefined = s.plan === null ? undefined : index.planNamed(s.plan, uri)?.plan;
  if (!plan) return null;
  const taken = (() => {
    switch (s.kind) {
      case 'input':
      case 'let':
      case 'component':
        return [...plan.inputs.map((i) => i.name), ...plan.lets.map((l) => l.name), ...plan.components.map((c) => c.name)].includes(newName);
      case 'bonus':
        return plan.bonuses.some((b) => b.name === newName);
      case 'enum':
      case 'record':
        return plan.enums.has(newName) || plan.records.has(newName);
      case 'field':
        return plan.records.get(s.container ?? '')?.fields.has(newName) ?? false;
      default:
        return false;
    }
  })();
  return taken ? `\`${newName}\` is already defined in plan "${plan.name}"` : null;
}
