/**
 * The runtime every generated module carries inline is generated from src/runtime/ and committed;
 * this fails while it is stale. Fix: `npx tsx scripts/gen-runtime-source.ts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runtimeSourceModule } from '../../scripts/gen-runtime-source.js';
import { RUNTIME_BODY, RUNTIME_EXPORTS, RUNTIME_IMPORT } from '../../src/compile/runtime-source.generated.js';

describe('the inline runtime', () => {
  it('is up to date with src/runtime (run `npx tsx scripts/gen-runtime-source.ts`)', async () => {
    const committed = readFileSync(new URL('../../src/compile/runtime-source.generated.ts', import.meta.url), 'utf8');
    expect(committed === (await runtimeSourceModule()), 'src/compile/runtime-source.generated.ts is stale: run `npx tsx scripts/gen-runtime-source.ts`').toBe(true);
  });

  it('imports only decimal.js and returns what generated code destructures', () => {
    expect(RUNTIME_IMPORT).toBe("import { Decimal } from 'decimal.js';");
    expect(RUNTIME_BODY).not.toMatch(/^\s*(import|export)\b/m);
    for (const name of ['D', 'ZERO', 'PayoutError', 'readPayee', 'runPlan', 'divide', 'compare', 'minOf', 'maxOf', 'clamp', 'nonEmpty', 'averageOf', 'periodInfo']) {
      expect(RUNTIME_EXPORTS).toContain(name);
    }
  });
});
