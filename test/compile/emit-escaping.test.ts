/**
 * Plan text in generated code is escaped for where it lands (src/compile/escape.ts). Plans whose
 * name, bonus names, component name, Text defaults and compared texts are random strings over the
 * whole of Unicode, mixed with the fragments that break generated code (U+2028 and U+2029 end a `//`
 * comment, `*\/` ends a block comment, backticks, `${`, quotes, `</script>`, NUL, lone surrogates):
 * the module imports without side effects, keeps the texts exactly, pays as the evaluator does, and
 * its `.d.mts` type-checks with it under tsc --strict (all plans in one tsc run).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { emitModule } from '../../src/compile/emit-module.js';
import { evaluate } from '../../src/compile/interpret.js';
import { Program } from '../../src/program.js';
import { outcome, repoRoot, type GeneratedModule } from './emit-harness.js';

const dir = `${repoRoot}.cache/emit-escaping`;
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

const INJECTED = 'globalThis.__payplanInjected = 1; process.exit(7);';
const hostile = fc.constantFrom(
  `\u2028${INJECTED}//`,
  `\u2029${INJECTED}//`,
  `*/ ${INJECTED} /*`,
  `*/ export declare const injected: 1; /*`,
  '`',
  '${',
  '${process.exit(7)}',
  '"',
  "'",
  '\\',
  '</script>',
  '<!--',
  '\u0000',
  '\ud800',
  '\udfff',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\r',
  '\n',
);
/** Random text, mostly hostile fragments among arbitrary code points (lone surrogates included). */
const text = fc.array(fc.oneof({ weight: 3, arbitrary: hostile }, { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 5 }).map((parts) => parts.join(''));
const identifier = fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }).filter((s) => /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u.test(s));

/** A payplan text literal for `s` (the plan parser decides whether it takes it). */
const lit = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

interface Texts {
  plan: string;
  bonus: string;
  component: string;
  noteDefault: string;
  labelDefault: string;
  compared: string;
}

function planSource(t: Texts): string {
  return [
    `plan ${lit(t.plan)} {`,
    '  currency USD',
    '  period quarter',
    '  input revenue: Money',
    `  input note: Text = ${lit(t.noteDefault)}`,
    `  record Item { label: Text = ${lit(t.labelDefault)}, amount: Money }`,
    '  input items: list of Item',
    `  let tagged = note == ${lit(t.compared)}`,
    `  component ${t.component} { commission on revenue at 2% }`,
    `  bonus ${lit(t.bonus)} $100 when tagged or count(i in items where i.label == ${lit(t.compared)}) > 0`,
    '}',
    '',
  ].join('\n');
}

it('plan text in generated modules and .d.mts files is escaped for its context', async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let built = 0;
  const realExit = process.exit;
  process.exit = ((code?: number) => {
    throw new Error(`the generated module called process.exit(${code})`);
  }) as typeof process.exit;
  try {
    await fc.assert(
      fc.asyncProperty(fc.record({ plan: text, bonus: text, component: identifier, noteDefault: text, labelDefault: text, compared: text }), async (t) => {
        const source = planSource(t);
        const program = new Program('p.payplan', source);
        fc.pre(!program.hasErrors);
        const plan = program.checked.plans[0]!;
        const n = built++;
        delete (globalThis as Record<string, unknown>).__payplanInjected;
        const { js, dts } = emitModule(plan, source, { fileName: `${t.plan}.payplan` });
        writeFileSync(`${dir}/p${n}.mjs`, js);
        writeFileSync(`${dir}/p${n}.d.mts`, dts);
        // The header is the first two lines, whatever ends a line in JavaScript.
        expect(js.split(/\r\n|[\n\r\u2028\u2029]/).slice(0, 2)[1]).toBe('//');
        const module = (await import(pathToFileURL(`${dir}/p${n}.mjs`).href)) as GeneratedModule;
        expect((globalThis as Record<string, unknown>).__payplanInjected).toBeUndefined();
        expect(Object.keys(module).sort()).toEqual(['PayoutError', 'plan', 'run']);
        expect(module.plan.name).toBe(plan.name);
        const data = { payee: t.compared, periods: { Q1: { revenue: 1000, note: plan.name, items: [{ amount: 5 }, { amount: 1, label: t.compared }] } } };
        const expected = outcome(() => evaluate(plan, source, data));
        expect(outcome(() => module.run(data))).toEqual(expected);
        expect(outcome(() => module.run({ periods: { Q1: { revenue: 1000, items: [] } } }))).toEqual(outcome(() => evaluate(plan, source, { periods: { Q1: { revenue: 1000, items: [] } } })));
        writeFileSync(
          `${dir}/p${n}.usage.mts`,
          [
            `import { run, plan, type PayeeData, type Statement, type LineName } from './p${n}.mjs';`,
            'const data: PayeeData = { periods: { Q1: { revenue: 1000, items: [{ amount: 5 }] } } };',
            'const statement: Statement = run(data);',
            'const line: LineName | undefined = statement.periods[0]?.lines[0]?.name;',
            `const name: ${JSON.stringify(plan.name)} = plan.name;`,
            'void [line, name];',
            '',
          ].join('\n'),
        );
        files.push(`p${n}.usage.mts`);
      }),
      { numRuns: RUNS },
    );
  } finally {
    process.exit = realExit;
  }
  expect(built).toBeGreaterThan(RUNS / 3);
  writeFileSync(
    `${dir}/tsconfig.json`,
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022'], types: [], exactOptionalPropertyTypes: true },
      files,
    }),
  );
  let output = '';
  try {
    execFileSync(process.execPath, [`${repoRoot}node_modules/typescript/bin/tsc`, '-p', `${dir}/tsconfig.json`], { encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output).toBe('');
}, 60_000);
