import { describe, expect, it } from 'vitest';
import type { PlanDecl } from '../../src/syntax/ast.js';
import { docBlocks, docFiles } from './doc-examples.js';
import { parseClean } from './parse-helpers.js';

describe('docs/language.md', () => {
  it('has the code blocks this test knows about', () => {
    expect(docBlocks.length).toBeGreaterThanOrEqual(9);
  });

  it.each(docFiles.map((file, i) => [i, file] as const))('block %i parses without diagnostics', (_i, file) => {
    parseClean(file);
  });

  it('reads the opening example plan and its test whole', () => {
    const { ast } = parseClean(docFiles[0]!);
    expect(ast.items.map((i) => i.kind)).toEqual(['Plan', 'Test']);
    const plan = ast.items[0] as PlanDecl;
    expect(plan.items.map((i) => i.kind)).toEqual([
      'Currency', 'Period', 'Ote', 'Mix', 'Input', 'Input', 'Record', 'Let', 'Component', 'Bonus',
    ]);
  });
});
