/**
 * Property: any valid AST, printed by the formatter, gives text that formats to itself and parses
 * back to the same AST (the laws of laws.ts, over trees no one thought to write by hand).
 */
import fc from 'fast-check';
import { format, type Plugin } from 'prettier';
import { describe, it } from 'vitest';
import { cleanAst } from '../../src/format/clean.js';
import { plugin } from '../../src/format/index.js';
import type { FormatNode } from '../../src/format/nodes.js';
import { parser } from '../../src/format/parser.js';
import type { PlanFile } from '../../src/syntax/ast.js';
import { planFile } from './arbitraries.js';
import { expectLawsHold } from './laws.js';

/**
 * Prints a generated AST: a plugin whose parser ignores the text and hands over the tree. The text
 * must not be blank (prettier returns blank input as is) and has no newline (no blank lines to keep).
 */
function printAst(ast: PlanFile): Promise<string> {
  const generated: Plugin<FormatNode> = {
    ...plugin,
    parsers: { 'payplan-generated': { ...parser, parse: () => structuredClone(ast) } },
  };
  return format('generated', { parser: 'payplan-generated', plugins: [generated] });
}

describe('formatting generated plans', () => {
  it('prints text that is stable and parses back to the same AST', async () => {
    await fc.assert(
      fc.asyncProperty(planFile, async (ast) => {
        await expectLawsHold({ ast: cleanAst(ast), comments: [] }, await printAst(ast), 'generated.payplan');
      }),
      { numRuns: 300 },
    );
  });
});
