/**
 * CST → AST, the third step of `parse`. The CST may be partial wherever the parser recovered;
 * the builders in cst-to-ast/ read every child as optional, put `Missing` / `MissingType` where a
 * part was lost, and drop items that lost their name. Diagnostics raised here (PP1102) are shapes
 * the grammar accepts on purpose so it can explain them: chained comparisons, misshapen aggregates,
 * a second `given`.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../text/source-file.js';
import type { PlanFile } from './ast.js';
import type { PlanFileCstNode } from './cst.generated.js';
import { AstContext } from './cst-to-ast/context.js';
import { planFile } from './cst-to-ast/plan.js';

export function cstToAst(cst: PlanFileCstNode, file: SourceFile): { ast: PlanFile; diagnostics: Diagnostic[] } {
  const ctx = new AstContext(file);
  const ast = planFile(ctx, cst);
  return { ast, diagnostics: ctx.diagnostics };
}
