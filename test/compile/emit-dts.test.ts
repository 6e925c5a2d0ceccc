/**
 * The generated `.d.ts` types what the module really takes and returns: each example's sample data
 * (the rows whose shape is valid) type-checks as its PayeeData and the statement as its Statement,
 * under `tsc --strict`, while data of the wrong shape does not.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { emitModule } from '../../src/compile/emit-module.js';
import { evaluate } from '../../src/compile/interpret.js';
import { examplePlans, outcome, repoRoot } from './emit-harness.js';

const dir = `${repoRoot}.cache/emit-dts`;
/** Errors that mean the data has the wrong shape, which the types are meant to reject. */
const SHAPE_ERRORS = new Set(['PP6001', 'PP6002', 'PP6004', 'PP6006', 'PP6008']);

function usage(name: string, samples: readonly unknown[]): string {
  return [
    `import { run, plan, PayoutError, type PayeeData, type Statement, type PeriodName, type LineName } from './${name}.mjs';`,
    '',
    `const samples: PayeeData[] = ${JSON.stringify(samples, null, 2)};`,
    'for (const data of samples) {',
    '  try {',
    '    const statement: Statement = run(data);',
    '    const period: PeriodName | undefined = statement.periods[0]?.period;',
    '    const line: LineName | undefined = statement.periods[0]?.lines[0]?.name;',
    '    const total: string = statement.total;',
    '    void [period, line, total];',
    '  } catch (error) {',
    '    if (error instanceof PayoutError) console.log(error.code, error.args.where);',
    '  }',
    '}',
    'const periods: readonly string[] = plan.periods;',
    'const currency: string = plan.currency;',
    'void [periods, currency];',
    '',
  ].join('\n');
}

/** Shapes the AE plan's types must reject. */
const AE_REJECTS = `
import { run, type PayeeData } from './ae-fy2026-marginal.mjs';

// @ts-expect-error: \`upsell\` is not a kind of deal
run({ periods: { Q1: { quota: '$500,000', deals: [{ amount: 1000, kind: 'upsell' }] } } });
// @ts-expect-error: the quota is required
run({ periods: { Q1: { deals: [] } } });
// @ts-expect-error: the plan has no period Q5
run({ periods: { Q5: { quota: 1, deals: [] } } });
// @ts-expect-error: an amount is a string or a number
run({ periods: [{ quota: true, deals: [] }] });
// the credit has a default, so it may be left out; periods may be listed in order
const ok: PayeeData = { payee: 'Dana', periods: [{ quota: 500000, deals: [{ amount: '$1,000', kind: 'new' }] }] };
run(ok);
`;

it('the generated .d.ts files compile with their modules under tsc --strict', () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const example of examplePlans()) {
    const { js, dts } = emitModule(example.plan, example.source, { fileName: `${example.name}.payplan` });
    writeFileSync(`${dir}/${example.name}.mjs`, js);
    writeFileSync(`${dir}/${example.name}.d.mts`, dts);
    const wellShaped = [...example.samples, ...example.tests].filter((data) => {
      const o = outcome(() => evaluate(example.plan, example.source, data));
      return !('error' in o && SHAPE_ERRORS.has(o.error));
    });
    expect(wellShaped.length).toBeGreaterThan(0);
    writeFileSync(`${dir}/${example.name}.usage.mts`, usage(example.name, wellShaped));
    files.push(`${example.name}.usage.mts`);
  }
  writeFileSync(`${dir}/ae-rejects.usage.mts`, AE_REJECTS);
  files.push('ae-rejects.usage.mts');
  writeFileSync(`${dir}/console.d.ts`, 'declare const console: { log(...args: unknown[]): void };\n');
  files.push('console.d.ts');
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022'],
      types: [],
      skipLibCheck: false,
      noUnusedLocals: true,
      exactOptionalPropertyTypes: true,
    },
    files,
  };
  writeFileSync(`${dir}/tsconfig.json`, JSON.stringify(tsconfig, null, 2));
  let output = '';
  try {
    execFileSync(process.execPath, [`${repoRoot}node_modules/typescript/bin/tsc`, '-p', `${dir}/tsconfig.json`], { encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output).toBe('');
}, 60_000);
