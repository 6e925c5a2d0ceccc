import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cstDts } from '../../src/syntax/cst-dts.js';

describe('cst.generated.d.ts', () => {
  it('matches the grammar (run `npx tsx scripts/gen-cst-dts.ts` after changing a rule)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../src/syntax/cst.generated.d.ts'), 'utf8');
    expect(committed).toBe(cstDts());
  });
});
