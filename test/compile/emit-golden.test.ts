/**
 * Golden files for the code generator: test/cases/compile/<name>.payplan → <name>.out.js and
 * <name>.out.d.ts. Review changes to them like code. Write them with `npx vitest run -u test/compile`.
 *
 * The inline runtime (the same text in every module, checked by runtime-source.test.ts) is replaced in
 * the golden JS by one marker line, so a runtime change does not rewrite every golden file.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitModule } from '../../src/compile/emit-module.js';
import { RUNTIME_BODY } from '../../src/compile/runtime-source.generated.js';
import { loadPlanFile, repoRoot } from './emit-harness.js';

const casesDir = `${repoRoot}test/cases/compile/`;
const cases = readdirSync(casesDir)
  .filter((f) => f.endsWith('.payplan'))
  .map((f) => f.replace(/\.payplan$/, ''))
  .sort();

export const RUNTIME_MARKER = '/* … the payout runtime: src/compile/runtime-source.generated.ts … */';

describe.each(cases)('%s', (name) => {
  const { source, program } = loadPlanFile(`${casesDir}${name}.payplan`);
  const { js, dts } = emitModule(program.checked.plans[0]!, source, { fileName: `${name}.payplan` });

  it('generates the golden JS', async () => {
    expect(js.includes(RUNTIME_BODY.trimEnd())).toBe(true);
    await expect(js.replace(RUNTIME_BODY.trimEnd(), RUNTIME_MARKER)).toMatchFileSnapshot(`../cases/compile/${name}.out.js`);
  });

  it('generates the golden .d.ts', async () => {
    await expect(dts).toMatchFileSnapshot(`../cases/compile/${name}.out.d.ts`);
  });
});

it('has at least two fixture plans', () => {
  expect(cases.length).toBeGreaterThanOrEqual(2);
});
