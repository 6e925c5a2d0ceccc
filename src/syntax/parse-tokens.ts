/**
 * Tokens → CST and PP11xx diagnostics, the second step of `parse`. Runs the shared parser
 * instance; setting `input` resets its state and its error list.
 */
import type { IToken } from 'chevrotain';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PlanFileCstNode } from './cst.generated.js';
import { clearNotes, toDiagnostics } from './parse-errors.js';
import { planParser } from './parser.js';

export function parseTokens(tokens: IToken[]): { cst: PlanFileCstNode; diagnostics: Diagnostic[] } {
  clearNotes();
  planParser.input = tokens;
  const cst = planParser.planFile() as PlanFileCstNode;
  return { cst, diagnostics: toDiagnostics(planParser.errors, tokens) };
}
